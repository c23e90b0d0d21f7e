import type {
  candidatePageAuditNb,
  candidatePageEventsNb,
  candidatePageNb,
  candidatePageNotificationsNb,
  candidatePageRefusalsNb,
} from "./candidate-page.nb";

/** The candidate's own page in plain English. Same keys as candidate-page.nb.ts. */
export const candidatePageEn: typeof candidatePageNb = {
  candidatePage: {
    title: "Your page",
    intro:
      "{{company}} is helping you find a job. Here you can see what employers learn about you, and you decide what is shared.",
    signOut: "Sign out",
    signedOut: "You are signed out. Ask the company that follows you up for a new link if you want to come back.",
    saved: "Your answer is saved.",
    preview: {
      title: "What employers see",
      listed:
        "This is how employers see you in the candidate search now. They do not see your name, only the code {{code}}.",
      notListed:
        "You are not in the candidate search now. If you say yes to it, employers see exactly this. They do not see your name, only the code {{code}}.",
      sharingAdds: "If you also say yes to sharing your needs for adjustments, they also see: {{items}}.",
    },
    consents: {
      title: "Your consents",
      intro: "You answer yes or no to each question on its own. You can change your mind at any time.",
      LISTING: {
        question: "Do you want to be in the candidate search?",
        explain:
          "Employers can find the profile above when they look for people. If you say no, the profile leaves the search at once.",
      },
      SHARE_ACCOMMODATIONS: {
        question: "Do you want to share needs for adjustments and support that say something about your health?",
        explain:
          "For example adjusted working hours or job support (IPS). Employers never see a diagnosis. You must be in the candidate search first.",
      },
      yesNow: "You have said yes.",
      noNow: "You have not said yes.",
      yes: "Yes",
      no: "No",
      withdraw: "No, withdraw my consent",
      history: "What you and {{company}} have recorded",
      historyLine: "{{kind}}: given {{date}} by {{who}}",
      historyWithdrawn: "{{kind}}: given {{date}} by {{who}}, withdrawn {{withdrawn}}",
    },
    sources: {
      CANDIDATE_LINK: "you, through the link",
      COMPANY_RECORDED: "the company (on paper or orally)",
    },
    asked: {
      title: "Employers who asked about you",
      none: "No employer has asked about you yet.",
      line: "{{employer}} asked on {{date}}.",
      wantsIntroduction:
        "{{employer}} would like to know who you are. Do you want them to get your name, phone number and e-mail address?",
      yes: "Yes, introduce me to {{employer}}",
      no: "No thanks",
      answeredYes: "You said yes.",
      answeredNo: "You said no.",
    },
    introduced: {
      title: "Employers who know who you are",
      none: "No employer has your name.",
      line: "{{employer}}, since {{date}} (consent from {{who}})",
      withdraw: "Withdraw for {{employer}}",
    },
    data: {
      title: "Your data",
      intro: "You have the right to see everything we keep about you, and to ask for it to be deleted.",
      download: "Download all your data (JSON file)",
      erasureTitle: "Ask to be deleted",
      erasureHint:
        "{{company}} is told and must delete your data within one month. Your profile then leaves the search too.",
      erasureConfirm: "Yes, I want my data to be deleted",
      erasureButton: "Ask to be deleted",
      erasureRequested: "You asked to be deleted on {{date}}. {{company}} must delete your data by {{deadline}}.",
    },
    signIn: {
      title: "Open your page",
      intro: "Press the button to open your page. The link works only once, and for 15 minutes.",
      button: "Open my page",
      noLink:
        "You need a new link to get in. Ask the company that follows you up to send a link by e-mail or text message.",
    },
    company: {
      title: "The candidate's own page",
      intro:
        "Send the candidate a personal link. There the candidate sees the anonymised profile, answers consents themself, sees who asked and can download their data or ask to be erased.",
      sendEmail: "Send link by e-mail",
      sendSms: "Send link by text message",
      sent: "The link is sent. It works for 15 minutes and only once.",
      noContact: "The candidate has neither an e-mail address nor a phone number. Add one of them to send a link.",
      erasureRequested:
        "The candidate asked to be erased on {{date}}. The deadline is {{deadline}} (GDPR article 12(3): within one month).",
      introductions: "Introductions to employers",
      noIntroductions: "No employer has asked to be introduced.",
      introductionStates: {
        waiting: "{{employer}} asked to be introduced on {{date}}. Waiting for the candidate's answer: send a link.",
        given: "{{employer}}: yes, {{date}} ({{who}})",
        refused: "{{employer}}: no, {{date}} ({{who}})",
        withdrawn: "{{employer}}: withdrawn ({{who}}, {{date}})",
      },
      consentSource: "given by {{who}}",
      linkConsentLine: "{{kind}}: given {{date}} by the candidate themself, through the link",
      withdrawnVia: "withdrawn by {{who}}",
      stillValid: "in force",
      notValid: "no longer in force",
    },
    employer: {
      title: "Be introduced",
      hint: "Would you like to know who the candidate is? Ask to be introduced. {{company}} asks the candidate, and you get name and contact details only if the candidate says yes.",
      ask: "Ask to be introduced",
      asked: "Your request is sent. {{company}} asks the candidate.",
      introducedSince: "The candidate has agreed to be introduced to you ({{date}}).",
      name: "Name",
      phone: "Phone",
      email: "E-mail",
    },
    mail: {
      subject: "Your page on Arbeidsbro",
      body: "Hello! {{company}} has sent you a link to your page on Arbeidsbro. There you see what employers learn about you, and you can say yes or no to sharing.",
      valid: "The link works for 15 minutes and only once. If you did not ask for it, you can ignore this e-mail.",
      linkLabel: "Open your page",
      sms: "{{company}}: here is the link to your page on Arbeidsbro. It works for 15 minutes, once:",
      erasureSubject: "Arbeidsbro: {{code}} asks to be erased",
      erasureBody: "Candidate {{code}} has asked to be erased. You must delete the data by {{deadline}}.",
      erasureLink: "Open the candidate",
      introductionSubject: "Arbeidsbro: {{from}} asks to be introduced to {{code}}",
      introductionBody:
        "{{from}} asks to be introduced to candidate {{code}}. Send the candidate a link so they can answer themself.",
      introductionLink: "Open the candidate",
    },
    errors: {
      answerRequired: "Choose yes or no.",
      erasureNeedsConfirm: "Tick the box to confirm that you want to be deleted.",
      linkMissing: "The link is missing. Ask the company for a new one.",
    },
  },
};

export const candidatePageRefusalsEn: typeof candidatePageRefusalsNb = {
  linkInvalid:
    "The link no longer works. It may have been used or be too old (it works for 15 minutes). Ask the company for a new one.",
  noEmail: "The candidate has no e-mail address.",
  noPhone: "The candidate has no phone number.",
  listingFirst: "You must say yes to being in the candidate search first.",
  alreadyIntroduced: "The candidate is already introduced to you.",
};

export const candidatePageNotificationsEn: typeof candidatePageNotificationsNb = {
  erasureRequested: "{{code}} asks to be erased. The deadline is {{deadline}}.",
  introductionRequested: "{{from}} asks to be introduced to {{code}}.",
  candidateIntroduced: "{{code}} has agreed to be introduced to you.",
};

export const candidatePageAuditEn: typeof candidatePageAuditNb = {
  candidate_consent_refuse: "The candidate said no to a consent",
  candidate_link_send: "Sent the candidate a link",
  candidate_self_signIn: "The candidate signed in with a link",
  candidate_erasure_request: "The candidate asked to be erased",
  candidate_introduction_ask: "Asked to be introduced",
};

export const candidatePageEventsEn: typeof candidatePageEventsNb = {
  consent_refused: "The candidate said no: {{kind}}",
  consent_intro: "Consent to an introduction",
  consent_intro_refused: "The candidate said no to an introduction",
  consent_intro_withdrawn: "Consent to an introduction withdrawn",
  introduction_asked: "{{from}} asked to be introduced",
  erasure_requested: "The candidate asked to be erased",
};
