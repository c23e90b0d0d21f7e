import type { Widen } from "./nb";
import type { workNb } from "./work.nb";

/** "My tasks", the signed-in member's start page, English (same keys, type-checked). */
export const workEn: Widen<typeof workNb> = {
  work: {
    title: "My tasks",
    intro: "What is waiting for you and your organisation now. Each item links to where it is done.",
    nothing: "Nothing is waiting for you right now.",
    waiting_one: "{{count}} waiting",
    waiting_other: "{{count}} waiting",
    more_one: "and {{count}} more",
    more_other: "and {{count}} more",
    seeAll: "See all",
    onDay: "{{day}}",
    deadline: "Deadline {{day}}",
    sections: {
      newProposals: "New candidate proposals",
      meetingRequests: "Meeting requests",
      messages: "Messages waiting for an answer",
      ordersForBuyer: "Orders to accept or pay",
      disputes: "Disputes you must answer",
      quotesToEvaluate: "Quotes to evaluate",
      inquiries: "Questions about your candidates",
      ordersToDeliver: "Orders to deliver",
      tasksClosing: "Tasks with a quote deadline in the next 14 days",
    },
    hints: {
      newProposals: "Review the proposal and move it on or decline it.",
      meetingRequestsEmployer:
        "You asked for a meeting. Move the proposal to “meeting arranged” once the company has arranged it.",
      meetingRequestsCompany:
        "The employer wants to meet the candidate. Arrange the meeting and answer in the messages.",
      messages: "The other party wrote last.",
      ordersForBuyer: "Delivered: accept the delivery. Accepted: pay.",
      disputes: "The other party opened a dispute. An administrator answers.",
      quotesToEvaluate: "Compare the quotes and award.",
      inquiries: "An employer asked about a candidate.",
      ordersToDeliver: "Start or complete the delivery.",
      tasksClosing: "You have not quoted yet.",
    },
    quotes_one: "{{count}} quote",
    quotes_other: "{{count}} quotes",
    disputeFrom: {
      BUYER: "Opened by the buyer",
      COMPANY: "Opened by the supplier",
    },
    contactsTitle: "Your contact persons at the inclusion companies",
    contactsCompany: "Company",
    contactsPerson: "Contact person (job coach)",
    headlineTitle: "The municipality's figures so far in {{year}}",
    headlinePublished: "Openings published",
    headlineProposed: "Candidates proposed",
    headlineHired: "Hired",
    headlineMedian: "Median days to hire",
    headlineLink: "Open the statistics",
  },
};
