import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { fromNodemailer } from "./transport";

describe("the nodemailer transport", () => {
  it("builds a real message: sender, recipient, encoded Cyrillic subject and the body with its link", async () => {
    const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const sent: string[] = [];
    const original = transporter.sendMail.bind(transporter);
    transporter.sendMail = (async (message: Parameters<typeof original>[0]) => {
      const info = await original(message);
      sent.push((info as unknown as { message: Buffer }).message.toString("utf8"));
      return info;
    }) as typeof transporter.sendMail;
    await fromNodemailer(transporter).send({
      from: "Roundtable <no-reply@example.org>",
      to: "aygun@example.org",
      subject: "Приглашение: круглый стол",
      text: "Open your invitation: https://example.org/ru/invitation/abc (Приглашение)",
    });
    expect(sent).toHaveLength(1);
    const raw = sent[0]!;
    expect(raw).toMatch(/^From: Roundtable <no-reply@example.org>$/m);
    expect(raw).toMatch(/^To: aygun@example.org$/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toContain("Content-Type: text/plain; charset=utf-8");
    expect(raw).toMatch(/^Content-Transfer-Encoding: quoted-printable$/m);
    expect(raw).toContain("https://example.org/ru/invitation/abc");
  });
});
