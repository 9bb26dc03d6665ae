import "server-only";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { signCheckInCode } from "@/lib/check-in/token";

/**
 * A delegate's personal check-in code for one event, on their own schedule: a QR the organizers
 * scan at the venue door and at border crossings, and the same code as text. Signed by the server
 * (lib/check-in/token.ts); it carries two random ids and nothing personal. Drawn as an inline SVG
 * path, so no script, image request or inline style is needed.
 */
export async function CheckInCode({ eventId, memberId }: { eventId: string; memberId: string }) {
  const t = await getTranslations("checkInCode");
  const code = signCheckInCode(eventId, memberId);
  const qr = QRCode.create(code, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const quiet = 4;
  let path = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (qr.modules.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  const headingId = `check-in-code-${memberId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded border border-line bg-white p-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-muted">{t("intro")}</p>
      <svg
        role="img"
        aria-label={t("qrLabel")}
        viewBox={`0 0 ${size + 2 * quiet} ${size + 2 * quiet}`}
        className="h-56 w-56 bg-white"
        shapeRendering="crispEdges"
      >
        <rect width="100%" height="100%" fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <p className="text-sm">
        {t("codeText")} <code className="block text-xs break-all select-all">{code}</code>
      </p>
    </section>
  );
}
