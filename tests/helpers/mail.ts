// Mail as its addressee receives it: without SMTP every message is written in full to the mail
// folder (lib/mail/mail-drop.ts), while the organizers' outbox only ever holds redacted copies.
// Integration tests read links from there, as the person would from their inbox.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { mailDropDir } from "@/lib/mail/mail-drop";

/** One folder per test file (each runs in its own worker), set before any mail is sent. */
export function useTestMailDrop(): void {
  if (!process.env.MAIL_DROP_DIR) process.env.MAIL_DROP_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "rt-mail-"));
}

export type DroppedMail = { file: string; to: string; subject: string; body: string };

/** Every message written to the mail folder for `to` (case-insensitive), oldest first. */
export function droppedMailTo(to: string): DroppedMail[] {
  const dir = mailDropDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const header = (key: string) =>
        head
          .split("\r\n")
          .find((line) => line.startsWith(`${key}: `))
          ?.slice(key.length + 2) ?? "";
      return { file: name, to: header("To"), subject: header("Subject"), body: rest.join("\r\n\r\n") };
    })
    .filter((mail) => mail.to.toLowerCase() === to.toLowerCase());
}

/** The newest link in mail to `to` whose path matches, e.g. /\/sign-in\/link\/([\w-]{43})/; its first group. */
export function latestMailedToken(to: string, pattern: RegExp): string | null {
  for (const mail of droppedMailTo(to).reverse()) {
    const match = pattern.exec(mail.body);
    if (match?.[1]) return match[1];
  }
  return null;
}
