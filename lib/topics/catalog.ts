/**
 * The topic tree as data (prisma/seed/topics.yaml): four headline buckets, each with its specific
 * topics and their multilingual cues. Validated with zod and compiled once; lib/server/topics.ts
 * stores the tree, lib/topics/suggest.ts uses the cues.
 */
import path from "node:path";
import { z } from "zod";
import { expandEntries, type TermGroups, type TermPattern } from "@/lib/terms";
import { readYaml, SEED_DATA_DIR, termGroups } from "@/lib/terms/catalog";

export const TOPICS_FILE = path.join(SEED_DATA_DIR, "topics.yaml");

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by '-'");
/** Cue lists per language: a BCP 47 primary language subtag, or `any`. */
const cueLists = z
  .record(z.string().regex(/^(any|[a-z]{2,3})$/, "a language code such as en, de, ja, or any"), z.array(z.union([z.string(), z.number()]).transform(String)))
  .default({});

export const topicsFileSchema = z.object({
  buckets: z
    .array(
      z.object({
        slug,
        name: z.string().min(1),
        description: z.string().default(""),
        topics: z
          .array(
            z.object({
              slug,
              name: z.string().min(1),
              description: z.string().default(""),
              cues: cueLists,
              weak: cueLists,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type TopicsFile = z.infer<typeof topicsFileSchema>;

export interface CompiledTopic {
  slug: string;
  name: string;
  description: string;
  /** Slug of the headline bucket. */
  bucket: string;
  /** Order within its bucket. */
  position: number;
  cues: ReadonlyMap<string, readonly TermPattern[]>;
  weak: ReadonlyMap<string, readonly TermPattern[]>;
}

export interface TopicCatalog {
  buckets: Array<{ slug: string; name: string; description: string; position: number }>;
  topics: CompiledTopic[];
  /** Languages that have cue lists of their own (a text in another language is matched against all lists). */
  languages: ReadonlySet<string>;
}

export function compileTopicCatalog(file: TopicsFile, groups: TermGroups): TopicCatalog {
  const seen = new Set<string>();
  const unique = (s: string) => {
    if (seen.has(s)) throw new Error(`topics.yaml: slug "${s}" is used twice`);
    seen.add(s);
  };
  const languages = new Set<string>();
  const compile = (lists: Record<string, string[]>) =>
    new Map(
      Object.entries(lists).map(([language, entries]) => {
        if (language !== "any") languages.add(language);
        return [language, expandEntries(entries, groups)] as const;
      }),
    );
  const buckets = file.buckets.map((b, position) => {
    unique(b.slug);
    return { slug: b.slug, name: b.name, description: b.description, position };
  });
  const topics = file.buckets.flatMap((b) =>
    b.topics.map((t, position) => {
      unique(t.slug);
      return { slug: t.slug, name: t.name, description: t.description, bucket: b.slug, position, cues: compile(t.cues), weak: compile(t.weak) };
    }),
  );
  return { buckets, topics, languages };
}

export function readTopicCatalog(file: string = TOPICS_FILE, groups: TermGroups = termGroups()): TopicCatalog {
  return compileTopicCatalog(readYaml(file, topicsFileSchema), groups);
}

let cached: TopicCatalog | undefined;
/** The repository's topic catalog, read once per process. */
export function topicCatalog(): TopicCatalog {
  cached ??= readTopicCatalog();
  return cached;
}
