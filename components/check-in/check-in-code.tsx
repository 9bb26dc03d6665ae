import "server-only";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { signCheckInCode } from "@/lib/check-in/token";
import { qrStrokePath } from "@/lib/check-in/qr-path";

/**
 * A delegate's personal check-in code for one event, on their own schedule: a QR the organizers
 * scan at the venue door and at border crossings, and the same code as text. Signed by the server
 * (lib/check-in/token.ts); it carries two random ids and nothing personal. Drawn as an inline SVG
 * path (a stroke along each row's runs of dark modules: a fifth of a square per module, and
 * the page carries it twice, in its HTML and its React payload), so no script, image request or
 * inline style is needed.
 */
export async function CheckInCode({ eventId, memberId }: { eventId: string; memberId: string }) {
  const t = await getTranslations("checkInCode");
  const code = signCheckInCode(eventId, memberId);
  const qr = QRCode.create(code, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const quiet = 4;
  const path = qrStrokePath(size, (x, y) => Boolean(qr.modules.get(x, y)), quiet);
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
        <path d={path} fill="none" stroke="#000" strokeWidth={1} />
      </svg>
      <p className="text-sm">
        {t("codeText")} <code className="block text-xs break-all select-all">{code}</code>
      </p>
    </section>
  );
}
