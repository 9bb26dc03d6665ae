import fs from "node:fs/promises";
import path from "node:path";

/**
 * Without a mail server, messages are written here in full, one .eml file each, for whoever runs
 * the server to pass on (or open in a mail program). Not in the database and not on any page:
 * a message may carry a working link (an invitation, a sign-in link) that is for its addressee
 * alone, and the organizers' outbox shows every message with its links redacted.
 */
export function mailDropDir(): string {
  return process.env.MAIL_DROP_DIR?.trim() || path.join(process.cwd(), ".data", "mail");
}

/** Header values on one line: an address or subject never starts a new header. */
function headerValue(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

export async function dropMail(mail: { id: string; from: string; to: string; subject: string; body: string }, now = new Date()): Promise<string> {
  const dir = mailDropDir();
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${now.toISOString().replace(/[:.]/g, "-")}-${mail.id}.eml`);
  const text = [
    `From: ${headerValue(mail.from)}`,
    `To: ${headerValue(mail.to)}`,
    `Subject: ${headerValue(mail.subject)}`,
    `Date: ${now.toUTCString()}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    mail.body,
    "",
  ].join("\r\n");
  await fs.writeFile(file, text, { mode: 0o600 });
  return file;
}
