"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup, RadioGroup } from "@/components/ui/form-fields";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * The fields of "one delegate on several items" (assignPersonToItemsAction): the role, and a
 * checkbox per item. Shared by the agenda's form and the timetable's "Assign to…" dialog.
 */
export function RoleAndItemsFields({ state, items }: { state: ActionState; items: { id: string; label: string }[] }) {
  const t = useTranslations("participants");
  return (
    <>
      <RadioGroup
        name="role"
        legend={t("role")}
        state={state}
        defaultValue="speaker"
        options={[
          { value: "speaker", label: t("speaker") },
          { value: "moderator", label: t("moderator") },
        ]}
      />
      <CheckboxGroup
        name="itemIds"
        legend={t("assignItems")}
        state={state}
        options={items.map((item) => ({ value: item.id, label: item.label }))}
        defaultValues={[]}
      />
    </>
  );
}
