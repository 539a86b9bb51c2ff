/**
 * YAML front matter (`---` … `---`) is metadata about a rendition, never part of its text.
 */
import { parse as parseYaml } from "yaml";

export interface FrontMatterSplit {
  meta: Record<string, unknown>;
  /** The text after the front matter, line endings as given. */
  body: string;
  /** 1-based line of `raw` on which `body` starts (1 when there is no front matter). */
  bodyStartLine: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Split a rendition file into front matter and body. Tolerates a BOM, `\r\n`/`\r` line endings and files
 * without front matter. A `---` block whose content is not a YAML mapping (e.g. a Markdown rule around a
 * sentence) is not front matter and stays in the body. Invalid YAML in a block that was meant as front
 * matter (it has `key:` lines) throws, because silently treating metadata as plan text would be worse.
 */
export function splitFrontMatter(raw: string): FrontMatterSplit {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const lines = text.split(/\r\n|\r|\n/);
  const none: FrontMatterSplit = { meta: {}, body: text, bodyStartLine: 1 };
  if (lines.length === 0 || !OPEN.test(lines[0] ?? "")) return none;

  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i] ?? "")) {
      close = i;
      break;
    }
  }
  if (close === -1) return none;

  const yamlText = lines.slice(1, close).join("\n");
  let value: unknown;
  try {
    value = parseYaml(yamlText);
  } catch (err) {
    if (!/^[\w-]+\s*:/m.test(yamlText)) return none;
    const msg = err instanceof Error ? err.message : String(err);
    throw new Error(`front matter is not valid YAML: ${msg}`);
  }
  if (value !== null && value !== undefined && !isPlainObject(value)) return none;

  // Find the character offset of the body so that its own line endings survive untouched.
  let offset = 0;
  for (let i = 0; i <= close; i++) {
    offset += (lines[i] ?? "").length;
    const rest = text.slice(offset, offset + 2);
    offset += rest.startsWith("\r\n") ? 2 : rest.length > 0 && (rest[0] === "\n" || rest[0] === "\r") ? 1 : 0;
  }
  return { meta: isPlainObject(value) ? value : {}, body: text.slice(offset), bodyStartLine: close + 2 };
}
