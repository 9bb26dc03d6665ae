import { useTranslations } from "next-intl";

/**
 * Text an organizer typed, as the reader gets it. Shown in another language than the reader's (no
 * version in theirs yet), it carries that language's `lang` and says so, visibly and to screen readers.
 */
export function ContentText({ text, shownIn }: { text: string; shownIn?: string }) {
  if (!shownIn) return text;
  return <InOtherLanguage text={text} language={shownIn} />;
}

function InOtherLanguage({ text, language }: { text: string; language: string }) {
  const t = useTranslations("contentLanguages");
  return (
    <>
      <span lang={language}>{text}</span>{" "}
      <span className="inline-block rounded bg-paper px-1 text-xs font-normal whitespace-nowrap text-muted">
        <span className="sr-only">{t("notTranslated")} </span>
        {t("shownIn", { language })}
      </span>
    </>
  );
}
