/**
 * The editors' workflow: a new draft (text + version + source), its clause tree, its links, publish and
 * correct, and a rendition added to an existing version. One schema per input, shared by the forms
 * (instant answers in the browser), the server actions and route handlers (which is what counts) and
 * the tests. No server imports: client components use this file.
 *
 * Messages say what is wrong and what to do, in the editor's words; the checks on pasted text live in
 * lib/editor/text-input.ts (pure, unit-tested) and are only wired in here.
 */
import { LINK_KINDS } from "@/lib/align/types";
import { checkText, MAX_TEXT_LABEL } from "@/lib/editor/text-input";
import { MAX_LABEL_LENGTH } from "@/lib/editor/tree";
import { z } from "./zod";

export const VERSION_STATUSES = ["leaked", "published", "reported"] as const;
export const VERSION_KINDS = ["draft", "related"] as const;
export const SOURCE_KINDS = ["verbatim", "translation", "machine_translation", "summary", "report"] as const;
export type SourceKindValue = (typeof SOURCE_KINDS)[number];

export const VERSION_STATUS_LABEL: Record<(typeof VERSION_STATUSES)[number], string> = {
  leaked: "Leaked",
  published: "Published by its authors",
  reported: "Reported only (no text published)",
};
export const SOURCE_KIND_CHOICES: Record<SourceKindValue, string> = {
  verbatim: "Verbatim (the outlet prints the text)",
  translation: "Translation",
  machine_translation: "Machine translation",
  summary: "Summary or paraphrase",
  report: "Press report about the text",
};

const MAX_ID = 2_147_483_647;

export const idSchema = z
  .number({ error: "An id must be a number." })
  .int({ error: "An id must be a whole number." })
  .min(1, { error: "An id must be positive." })
  .max(MAX_ID, { error: "That id is out of range." });

export const lockVersionSchema = z
  .number({ error: "lockVersion (the version of the row you edited) must be a number." })
  .int()
  .min(0);

/** Pasted or uploaded text: every check of lib/editor/text-input.ts, one specific message each. */
export function textSchema(what = "The text") {
  return z.string({ error: `${what} is missing. Paste the text, or choose a .txt or .md file.` }).superRefine((text, ctx) => {
    const problem = checkText(text, what);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { problem: problem.code }, abort: true });
  });
}
export const sourceTextSchema = textSchema();

/** A web address an outlet's text can be found at: http(s) only, never javascript:, data:, file:… */
export const httpUrlSchema = z
  .string({ error: "A URL must be text." })
  .trim()
  .min(1, { error: "Leave out empty URLs." })
  .max(2_000, { error: "A URL has at most 2,000 characters." })
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `“${value.slice(0, 80)}” is not a web address. Give the full address, starting with https://.` });
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({
        code: "custom",
        message: `Only http:// and https:// addresses are accepted; “${value.slice(0, 80)}” uses “${url.protocol}”.`,
      });
      return;
    }
    if (!url.hostname || /[\s<>"]/.test(value)) {
      ctx.addIssue({ code: "custom", message: `“${value.slice(0, 80)}” is not a web address.` });
    }
  });

export const urlListSchema = z.array(httpUrlSchema).max(10, { error: "Give at most 10 URLs for one source." });

/** Several URLs typed one per line (or separated by spaces) → a list. */
export function splitUrls(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((u) => u.trim())
    .filter(Boolean);
}

export const languageSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: "Give the language as a code such as en, uk, ru, de or pt-BR." });

const singleLine = (what: string, max: number) =>
  z
    .string({ error: `${what} is missing.` })
    .trim()
    .min(1, { error: `${what} is missing.` })
    .max(max, { error: `${what} has at most ${max} characters.` })
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: `${what} must be one line of plain text.` });

export const versionSlugSchema = z
  .string()
  .trim()
  .min(1, { error: "Give the version a slug: lower-case letters a–z, digits and '-'." })
  .max(80, { error: "A slug has at most 80 characters." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "A slug is lower-case letters a–z and digits, words joined by '-' (e.g. us-revised-framework)." });

const isoDate = z.iso.date();
export const versionDateSchema = z
  .string({ error: "Enter the draft's date." })
  .trim()
  .superRefine((d, ctx) => {
    if (!isoDate.safeParse(d).success) ctx.addIssue({ code: "custom", message: "Enter the draft's date as YYYY-MM-DD." });
    else if (d < "1990-01-01" || d > "2100-12-31") ctx.addIssue({ code: "custom", message: "Enter a date between 1990 and 2100." });
  });

/** What a version is (the catalogue's fields). */
export const versionMetaSchema = z.object({
  planId: idSchema,
  title: singleLine("The title", 200),
  /** Derived from the title when left out. */
  slug: versionSlugSchema.optional(),
  party: singleLine("The party (who wrote it)", 200),
  date: versionDateSchema,
  status: z.enum(VERSION_STATUSES, { error: "Choose how the version reached the public: leaked, published or reported." }),
  kind: z.enum(VERSION_KINDS, { error: "Choose draft or related document." }).default("draft"),
  respondsToId: idSchema.nullable().default(null),
  pointCount: z
    .number({ error: "The number of points must be a whole number." })
    .int({ error: "The number of points must be a whole number." })
    .min(1, { error: "The number of points is at least 1." })
    .max(10_000, { error: "The number of points is at most 10,000." })
    .nullable()
    .default(null),
  summary: z.string().trim().max(2_000, { error: "A summary has at most 2,000 characters." }).default(""),
});
export type VersionMetaInput = z.input<typeof versionMetaSchema>;

/** Who printed the text and what kind of witness it is. */
export const sourceMetaSchema = z.object({
  outlet: singleLine("The outlet", 200),
  title: z.string().trim().max(300, { error: "A source title has at most 300 characters." }).default(""),
  urls: urlListSchema.default([]),
  /** Detected from the text when left out. */
  language: languageSchema.optional(),
  kind: z.enum(SOURCE_KINDS, { error: "Choose the kind of text: verbatim, translation, machine translation, summary or report." }),
});
export type SourceMetaInput = z.input<typeof sourceMetaSchema>;

export const draftCreateSchema = z.object({
  version: versionMetaSchema,
  source: sourceMetaSchema,
  text: sourceTextSchema,
});
export type DraftCreateInput = z.input<typeof draftCreateSchema>;

export const draftUpdateSchema = z.object({
  versionId: idSchema,
  lockVersion: lockVersionSchema,
  version: versionMetaSchema,
});
export type DraftUpdateInput = z.input<typeof draftUpdateSchema>;

export const sourceUpdateSchema = z.object({
  sourceId: idSchema,
  lockVersion: lockVersionSchema,
  source: sourceMetaSchema,
});
export type SourceUpdateInput = z.input<typeof sourceUpdateSchema>;

/** Replace the draft's text: re-parses it and replaces its clauses (the editor confirms this). */
export const draftTextReplaceSchema = z.object({
  versionId: idSchema,
  sourceId: idSchema,
  lockVersion: lockVersionSchema,
  text: sourceTextSchema,
});
export type DraftTextReplaceInput = z.input<typeof draftTextReplaceSchema>;

export const clauseLabelSchema = z
  .string()
  .trim()
  .max(MAX_LABEL_LENGTH, { error: `A label has at most ${MAX_LABEL_LENGTH} characters (it is the number as printed, e.g. “10.” or “(b)”).` })
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: "A label is one line of plain text." });

export const clauseTextSchema = z
  .string({ error: "The clause's text is missing." })
  .max(100_000, { error: "A clause has at most 100,000 characters." })
  .superRefine((text, ctx) => {
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", message: "A clause needs text. To drop it, use “Remove” instead; to join it to another, merge them." });
      return;
    }
    const problem = checkText(text, "The clause's text");
    if (problem) ctx.addIssue({ code: "custom", message: problem.message });
  });

export const clauseEditSchema = z.object({
  clauseId: idSchema,
  lockVersion: lockVersionSchema,
  label: clauseLabelSchema,
  text: clauseTextSchema,
});
export type ClauseEditInput = z.input<typeof clauseEditSchema>;

export const clauseSplitSchema = z.object({
  clauseId: idSchema,
  lockVersion: lockVersionSchema,
  /** Where in the clause's text (UTF-16 offset, as a textarea's selectionStart gives it). */
  offset: z.number({ error: "Place the cursor where the clause should be split." }).int().min(0).max(100_000),
});
export type ClauseSplitInput = z.input<typeof clauseSplitSchema>;

export const clauseMergeSchema = z.object({
  clauseId: idSchema,
  lockVersion: lockVersionSchema,
  /** The next clause as the editor saw it: merging with something else is refused. */
  nextId: idSchema,
  nextLockVersion: lockVersionSchema,
});
export type ClauseMergeInput = z.input<typeof clauseMergeSchema>;

export const clauseLevelSchema = z.object({
  clauseId: idSchema,
  lockVersion: lockVersionSchema,
  direction: z.enum(["in", "out"], { error: "Indent (in) or outdent (out)." }),
});
export type ClauseLevelInput = z.input<typeof clauseLevelSchema>;

export const clauseRemoveSchema = z.object({ clauseId: idSchema, lockVersion: lockVersionSchema });
export type ClauseRemoveInput = z.input<typeof clauseRemoveSchema>;

export const versionRefSchema = z.object({ versionId: idSchema });
export type VersionRefInput = z.input<typeof versionRefSchema>;

export const versionLockedSchema = z.object({ versionId: idSchema, lockVersion: lockVersionSchema });
export type VersionLockedInput = z.input<typeof versionLockedSchema>;

const clauseIds = z.array(idSchema).max(3, { error: "A link joins at most three clauses on a side." });

/** One decision about one link: confirm, reject, change its kind, or relink it to other clauses. */
export const linkReviewSchema = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("confirm"), linkId: idSchema, lockVersion: lockVersionSchema }),
    z.object({ op: z.literal("reject"), linkId: idSchema, lockVersion: lockVersionSchema }),
    z.object({
      op: z.literal("kind"),
      linkId: idSchema,
      lockVersion: lockVersionSchema,
      kind: z.enum(LINK_KINDS, { error: "Choose one of the link kinds." }),
    }),
    z.object({
      op: z.literal("relink"),
      linkId: idSchema,
      lockVersion: lockVersionSchema,
      from: clauseIds,
      to: clauseIds,
      kind: z.enum(LINK_KINDS, { error: "Choose one of the link kinds." }),
    }),
  ],
  { error: "Choose what to do with the link: confirm, reject, change its kind or relink it." },
);
export type LinkReviewInput = z.input<typeof linkReviewSchema>;

export const renditionInputSchema = z.object({
  versionId: idSchema,
  source: sourceMetaSchema,
  text: textSchema("The rendition"),
});
export type RenditionInput = z.input<typeof renditionInputSchema>;

/** For the UI: the limit, stated once. */
export const TEXT_LIMIT_NOTE = `Up to ${MAX_TEXT_LABEL} of plain text (.txt or .md, UTF-8). YAML front matter between --- lines is allowed.`;
