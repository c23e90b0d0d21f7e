/** How the company sends the candidate their link: e-mail over SMTP, or SMS through the SMS port. */
export const linkChannels = ["EMAIL", "SMS"] as const;
export type LinkChannel = (typeof linkChannels)[number];
