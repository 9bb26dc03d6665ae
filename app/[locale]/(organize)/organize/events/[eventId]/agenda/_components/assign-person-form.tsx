"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { RoleAndItemsFields } from "@/components/agenda/role-and-items-fields";
import { FormStatus, SelectField, SubmitButton } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { assignPersonToItemsAction } from "../actions";

/**
 * One delegate as moderator or speaker on several items at once: the person, the role, and a
 * checkbox per item (its title and time). What was chosen stays after a refusal.
 */
export function AssignPersonForm({
  eventId,
  delegates,
  items,
}: {
  eventId: string;
  delegates: { personId: string; name: string; partyName: string }[];
  items: { id: string; label: string }[];
}) {
  const t = useTranslations("participants");
  const [state, action] = useActionState(boundAction(assignPersonToItemsAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-4">
      <FormStatus state={state} />
      <SelectField
        name="personId"
        id="assign-person"
        label={t("person")}
        state={state}
        placeholder={t("choose")}
        options={delegates.map((d) => ({ value: d.personId, label: `${d.name} (${d.partyName})` }))}
      />
      <RoleAndItemsFields state={state} items={items} />
      <SubmitButton pendingLabel={t("adding")}>{t("assignSubmit")}</SubmitButton>
    </form>
  );
}
