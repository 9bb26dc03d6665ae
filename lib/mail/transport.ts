import nodemailer, { type Transporter } from "nodemailer";

/**
 * SMTP when SMTP_URL is set (e.g. smtps://user:pass@mail.example.org:465), otherwise none: the
 * message is written to the server's mail folder (mail-drop.ts), never shown with its links.
 */
export type MailTransport = { send(message: { from: string; to: string; subject: string; text: string }): Promise<void> };

let cached: MailTransport | null | undefined;

export function configuredTransport(): MailTransport | null {
  if (cached !== undefined) return cached;
  const url = process.env.SMTP_URL?.trim();
  cached = url ? fromNodemailer(nodemailer.createTransport(url)) : null;
  return cached;
}

export function fromNodemailer(transporter: Transporter): MailTransport {
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
  };
}

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || "Roundtable <no-reply@localhost>";
}
