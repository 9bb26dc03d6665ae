"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, RadioGroup, SelectField, TextField } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { bulkAssignToItemAction, bulkMembersAction } from "../actions";

export const BULK_FORM_ID = "roster-bulk";
/** Marks a roster checkbox whose person already has a live invitation link. */
export const LIVE_INVITATION_ATTRIBUTE = "data-live-invitation";

/** How many of the ticked people already have a live link (they would get a second one only with "resend"). */
function tickedWithLiveLink(): number {
  return document.querySelectorAll(`input[form="${BULK_FORM_ID}"][${LIVE_INVITATION_ATTRIBUTE}]:checked`).length;
}

/**
 * The bar that acts on the people ticked in the roster tables below. The checkboxes live in the
 * table rows and join this form through their `form` attribute. `requestKey`: a fresh key per form
 * shown, so invitations sent twice (a double click, a replay) go out once (lib/forms/create-once.ts).
 * Sending skips people whose link is still live unless "resend" is ticked; the bar says how many
 * of those ticked that is, and how many on the whole roster (`liveOnRoster`).
 */
export function BulkActionsForm({
  eventId,
  requestKey,
  liveOnRoster,
  filter,
  exportHref,
  agendaItems,
}: {
  eventId: string;
  requestKey: string;
  liveOnRoster: number;
  /** The roster's filter as shown: with "select all shown" ticked, the bar acts on everyone matching it. */
  filter: [string, string][];
  /** The roster export route: the export buttons send the bar's fields there (ticked ids or the filter). */
  exportHref: string;
  /** The event's agenda items, labelled with their time: "Add to agenda item…" puts the ticked people on one. */
  agendaItems: { id: string; label: string }[];
}) {
  const t = useTranslations("delegations");
  const people = useTranslations("participants");
  const [state, action, pending] = useActionState(boundAction(bulkMembersAction, eventId), idle);
  const [assignState, assignAction, assigning] = useActionState(boundAction(bulkAssignToItemAction, eventId), idle);
  const [ticked, setTicked] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const recount = () => setTicked(tickedWithLiveLink());
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.form?.id === BULK_FORM_ID) recount();
    };
    // A form reset (React resets the form after its action) fires no change events.
    const onReset = () => setTimeout(recount, 0);
    const form = formRef.current;
    document.addEventListener("change", onChange);
    form?.addEventListener("reset", onReset);
    recount();
    return () => {
      document.removeEventListener("change", onChange);
      form?.removeEventListener("reset", onReset);
    };
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => setTicked(tickedWithLiveLink()), 0);
    return () => clearTimeout(timer);
  }, [state, assignState]);
  const button = "rounded border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-paper disabled:opacity-60";
  return (
    <form ref={formRef} id={BULK_FORM_ID} action={action} className="space-y-3 rounded border border-line bg-white p-4" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="text-lg font-semibold">
        {t("bulkTitle")}
      </h2>
      <p className="text-sm text-muted">{t("bulkHint")}</p>
      <input type="hidden" name="requestKey" value={requestKey} />
      {/* Tells the export route that the bar asked: with nobody ticked it says so instead of exporting everyone. */}
      <input type="hidden" name="fromBar" value="1" />
      {filter.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <TextField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} />
      <p className="text-sm text-muted">{t("liveOnRoster", { count: liveOnRoster })}</p>
      <div>
        <div className="flex items-center gap-2">
          <input id="bulk-resend" name="resend" type="checkbox" aria-describedby="bulk-resend-count" className="h-5 w-5" />
          <label htmlFor="bulk-resend" className="text-sm font-medium">
            {t("resend")}
          </label>
        </div>
        <p id="bulk-resend-count" className="mt-1 text-sm text-muted" aria-live="polite">
          {t("resendCount", { count: ticked })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="confirm" disabled={pending} className={button}>
          {t("confirmSelected")}
        </button>
        <button type="submit" name="intent" value="decline" disabled={pending} className={button}>
          {t("declineSelected")}
        </button>
        <button type="submit" name="intent" value="invite" disabled={pending} className={button}>
          {t("inviteSelected")}
        </button>
        <button type="submit" name="intent" value="askListing" disabled={pending} aria-describedby="bulk-ask-listing-hint" className={button}>
          {t("askListingSelected")}
        </button>
      </div>
      <p id="bulk-ask-listing-hint" className="text-sm text-muted">
        {t("askListingHint")}
      </p>
      {agendaItems.length > 0 && (
        <fieldset className="space-y-3 rounded border border-line p-3">
          <legend className="px-1 text-sm font-semibold">{t("addToItemTitle")}</legend>
          <p className="text-sm text-muted">{t("addToItemHint")}</p>
          <FormStatus state={assignState} />
          <SelectField
            name="itemId"
            id="bulk-item"
            label={t("agendaItem")}
            state={assignState}
            placeholder={t("chooseItem")}
            options={agendaItems.map((item) => ({ value: item.id, label: item.label }))}
          />
          <RadioGroup
            name="role"
            legend={people("role")}
            state={assignState}
            defaultValue="speaker"
            options={[
              { value: "speaker", label: people("speaker") },
              { value: "moderator", label: people("moderator") },
            ]}
          />
          <button type="submit" formAction={assignAction} formNoValidate disabled={assigning} className={button}>
            {t("addToItem")}
          </button>
        </fieldset>
      )}
      {/* A plain GET to the export route with the bar's fields: the browser downloads, the page stays. */}
      <div className="flex flex-wrap gap-2">
        <button type="submit" formAction={exportHref} formMethod="get" formNoValidate className={button}>
          {t("exportSelected")}
        </button>
        <button type="submit" formAction={exportHref} formMethod="get" formNoValidate name="format" value="xlsx" className={button}>
          {t("exportSelectedXlsx")}
        </button>
      </div>
    </form>
  );
}
