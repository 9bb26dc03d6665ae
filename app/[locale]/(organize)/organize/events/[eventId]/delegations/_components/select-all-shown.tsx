"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { BULK_FORM_ID } from "./bulk-actions-form";

const rowBoxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="memberIds"]`)];

/**
 * "Select all shown": a real checkbox of the bulk bar's form. Sent as `allShown`, it makes the bar act
 * on everyone matching the roster's filter (read again on the server), which is all it does without
 * JavaScript. With it, it also ticks or clears every row, and follows the rows: unticking one row
 * clears it (the bar then acts on the ticked ids), ticking some shows it as mixed.
 */
export function SelectAllShown({ count }: { count: number }) {
  const t = useTranslations("delegations");
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const sync = () => {
      const all = box.current;
      if (!all) return;
      const rows = rowBoxes();
      const ticked = rows.filter((row) => row.checked).length;
      all.checked = rows.length > 0 && ticked === rows.length;
      all.indeterminate = ticked > 0 && ticked < rows.length;
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.name === "memberIds" && event.target.form?.id === BULK_FORM_ID) sync();
    };
    // The bar's form resets after an action (rows and this box with it): the mixed mark goes too.
    const onReset = (event: Event) => {
      if (event.target instanceof HTMLFormElement && event.target.id === BULK_FORM_ID) setTimeout(sync, 0);
    };
    document.addEventListener("change", onChange);
    document.addEventListener("reset", onReset, true);
    return () => {
      document.removeEventListener("change", onChange);
      document.removeEventListener("reset", onReset, true);
    };
  }, []);
  const toggle = (checked: boolean) => {
    for (const row of rowBoxes()) {
      if (row.checked === checked) continue;
      row.checked = checked;
      // The bar counts ticked people with a live link from change events.
      row.dispatchEvent(new Event("change", { bubbles: true }));
    }
    if (box.current) {
      box.current.checked = checked;
      box.current.indeterminate = false;
    }
  };
  return (
    <div className="flex items-start gap-2">
      <input
        ref={box}
        id="roster-select-all"
        type="checkbox"
        name="allShown"
        form={BULK_FORM_ID}
        aria-describedby="roster-select-all-hint"
        onChange={(event) => toggle(event.currentTarget.checked)}
        className="mt-0.5 h-5 w-5 shrink-0"
      />
      <div>
        <label htmlFor="roster-select-all" className="text-sm font-medium">
          {t("selectAllShown", { count })}
        </label>
        <p id="roster-select-all-hint" className="text-sm text-muted">
          {t("selectAllHint")}
        </p>
      </div>
    </div>
  );
}
