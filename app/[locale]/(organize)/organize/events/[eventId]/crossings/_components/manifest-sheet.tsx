import { getLocale, getTranslations } from "next-intl/server";
import type { MaskedTravelDocument } from "@/lib/travel-documents/queries";
import { whenLabel, zoneLabel } from "./when";

type Props = {
  event: { title: string; initiativeName: string; timeZone: string };
  crossing: { id: string; partyName: string; pointName: string; direction: "entry" | "exit"; plannedAt: Date; actualAt: Date | null };
  /** The people crossing, in the order they are numbered. */
  people: { memberId: string; personId: string; nameLatin: string; nameNative: string; organization: string; position: string }[];
  documents: Map<string, MaskedTravelDocument>;
  /** Full numbers by member id, only when an organizer asked for them (and that was audited). */
  fullNumbers?: Map<string, string>;
  /** The top heading level: 1 on a crossing's own manifest, 2 when a day's manifests share a page. */
  level?: 1 | 2;
};

/** One crossing's manifest as handed to the border services: facts, numbered people, signatures. */
export async function ManifestSheet({ event, crossing, people, documents, fullNumbers, level = 1 }: Props) {
  const t = await getTranslations("crossings");
  const docs = await getTranslations("travelDocuments");
  const locale = await getLocale();
  const Heading = level === 1 ? "h1" : "h2";
  const headingId = `manifest-${crossing.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 break-inside-avoid-page">
      <header>
        <p className="text-sm text-muted">
          {event.initiativeName} · {event.title}
        </p>
        <Heading id={headingId} className="text-2xl font-semibold">
          {level === 1
            ? t("manifestTitle")
            : t("manifestTitleOf", {
                crossing: t("crossingTitle", { direction: t(`directions.${crossing.direction}`), point: crossing.pointName }),
                party: crossing.partyName,
              })}
        </Heading>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("delegation")}</dt>
          <dd>{crossing.partyName}</dd>
          <dt className="font-medium">{t("point")}</dt>
          <dd>{crossing.pointName}</dd>
          <dt className="font-medium">{t("direction")}</dt>
          <dd>{t(`directions.${crossing.direction}`)}</dd>
          <dt className="font-medium">{t("planned")}</dt>
          <dd>
            {whenLabel(crossing.plannedAt, event.timeZone, locale)} · {zoneLabel(event.timeZone, crossing.plannedAt)}
          </dd>
          {crossing.actualAt && (
            <>
              <dt className="font-medium">{t("actual")}</dt>
              <dd>
                {whenLabel(crossing.actualAt, event.timeZone, locale)} · {zoneLabel(event.timeZone, crossing.actualAt)}
              </dd>
            </>
          )}
        </dl>
      </header>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left font-semibold">{t("manifestCaption", { count: people.length })}</caption>
        <thead>
          <tr className="border-b border-ink">
            <th scope="col" className="p-1">
              {t("number")}
            </th>
            <th scope="col" className="p-1">
              {t("name")}
            </th>
            <th scope="col" className="p-1">
              {t("organizationPosition")}
            </th>
            <th scope="col" className="p-1">
              {t("document")}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person, index) => {
            const document = documents.get(person.memberId);
            return (
              <tr key={person.personId} className="border-b border-line align-top">
                <td className="p-1">{index + 1}</td>
                <th scope="row" className="p-1 font-medium">
                  {person.nameLatin}
                  {person.nameNative && person.nameNative !== person.nameLatin && <span className="block font-normal">{person.nameNative}</span>}
                </th>
                <td className="p-1">
                  {person.organization}
                  {person.position && <span className="block text-muted">{person.position}</span>}
                </td>
                <td className="p-1">
                  {document ? (
                    <>
                      {docs(`types.${document.documentType}`)} <span className="font-mono">{fullNumbers?.get(person.memberId) ?? document.maskedNumber}</span>
                      <span className="block text-muted">{document.issuingCountry}</span>
                    </>
                  ) : (
                    <span className="text-muted">{docs("notOnFile")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="grid grid-cols-3 gap-6 pt-6">
        {(["signatureHead", "signatureOrganizer", "signatureBorder"] as const).map((key) => (
          <div key={key} className="text-sm">
            <div className="h-12 border-b border-ink" />
            <p className="mt-1">{t(key)}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
