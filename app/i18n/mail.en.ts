import type { Widen } from "./nb";
import type { mailNb } from "./mail.nb";

/** The texts of the e-mails Arbeidsbro sends, English (same keys, type-checked). */
export const mailEn: Widen<typeof mailNb> = {
  mail: {
    signature: "Arbeidsbro",
    invitation: {
      subject: "Invitation to {{organizationName}} on Arbeidsbro",
      body: "{{inviterName}} has invited you to join {{organizationName}} on Arbeidsbro.",
      valid: "The invitation is valid for 7 days.",
      link: "Accept the invitation",
    },
    passwordReset: {
      subject: "Reset your Arbeidsbro password",
      body: "Someone asked to reset the password of your Arbeidsbro account. If it was not you, ignore this e-mail.",
      valid: "The link is valid for one hour.",
      link: "Choose a new password",
    },
    signupConfirm: {
      subject: "Complete your sign-up on Arbeidsbro",
      body: "Someone (probably you) wants to register {{organizationName}} on Arbeidsbro with this e-mail address.",
      valid: "Follow the link within 24 hours to complete the sign-up. If it was not you, ignore this e-mail.",
      link: "Complete the sign-up",
    },
    signupAccountExists: {
      subject: "You already have an account on Arbeidsbro",
      body: "Someone tried to register a new organisation on Arbeidsbro with this e-mail address, but it already has an account. Sign in instead; if you have forgotten the password, ask for a new one on {{resetLink}}.",
      notYou: "If it was not you, ignore this e-mail.",
      link: "Sign in",
    },
    inquiry: {
      subject: "Inquiry about candidate {{code}}",
      body: "{{from}} asks about candidate {{code}}:",
      advice: "Answer them directly, and ask the candidate before you share who they are.",
      link: "See the inquiries",
    },
    proposal: {
      new: "Candidate {{code}} is proposed for “{{opening}}”.",
      stage: "The proposal of candidate {{code}} for “{{opening}}” has a new status.",
      meeting:
        "The employer wants to meet candidate {{code}} for “{{opening}}”. Ask the candidate for consent to be introduced.",
      introduced: "Candidate {{code}} has consented to be introduced to you for “{{opening}}”.",
      message: "New message about candidate {{code}} for “{{opening}}”.",
      navInvited: "Your NAV office is asked to decide on the measures for candidate {{code}} for “{{opening}}”.",
      navDecided: "NAV has decided on a measure for candidate {{code}} for “{{opening}}”.",
      link: "Open the proposal",
    },
    procurement: {
      awarded: "You have been awarded the task “{{task}}”.",
      notAwarded: "The task “{{task}}” has been awarded to another supplier. Thank you for your quote.",
      delivered: "The order “{{task}}” has a new status.",
      accepted: "The buyer has accepted the delivery of “{{task}}”.",
      paid: "The order “{{task}}” is paid.",
      controlRequested: "The buyer asks for documentation for “{{task}}”.",
      controlFailed: "A control of “{{task}}” has failed: acceptance and payment wait.",
      controlResolved: "The failed control of “{{task}}” is put right.",
      cardExpired: "An HMS card of a worker on “{{task}}” has expired.",
      link: "Open",
    },
  },
};
