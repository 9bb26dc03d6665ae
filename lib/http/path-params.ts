import { z } from "zod";
import { hasNoControlCharacters } from "@/lib/forms/fields";

/**
 * A slug taken from the address (an event's or an initiative's). PostgreSQL refuses a NUL in a
 * query, so a slug holding one, another control character, or absurdly long names nothing:
 * "not found", not a failed query. (Ids have lib/uuid.)
 */
export const pathSlug = z.string().min(1).max(200).refine(hasNoControlCharacters);

export const isPathSlug = (value: unknown): value is string => pathSlug.safeParse(value).success;
