"use client";

import { useId, useState, type ChangeEvent } from "react";
import { decodeUpload, formatBytes, MAX_TEXT_BYTES, MAX_TEXT_LABEL, utf8Length } from "@/lib/editor/text-input";
import { BUTTON, INPUT } from "./Field";

/**
 * Where a text comes in: a paste area and a file picker (.txt / .md, UTF-8, up to 1 MB), with the size
 * counted as the editor types. An upload is decoded strictly (lib/editor/text-input.ts): a binary or
 * non-UTF-8 file is refused with its reason and the text area keeps what it had. The text is shown as
 * typed (`dir="auto"`: right-to-left text reads right to left), never interpreted.
 */
export function TextSource({
  id,
  label,
  value,
  onChange,
  error,
  rows = 16,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string, origin: "type" | "upload") => void;
  error?: string | undefined;
  rows?: number;
  hint?: string;
}) {
  const fileId = useId();
  const [uploadNote, setUploadNote] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const bytes = utf8Length(value);
  const over = bytes > MAX_TEXT_BYTES;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_TEXT_BYTES) {
      setUploadNote({ kind: "error", text: `“${file.name}” is ${formatBytes(file.size)}; the limit is ${MAX_TEXT_LABEL}. Split it into several renditions.` });
      return;
    }
    const decoded = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setUploadNote({ kind: "error", text: decoded.problem.message });
      return;
    }
    setUploadNote({ kind: "ok", text: `Loaded “${file.name}” (${formatBytes(file.size)}).` });
    onChange(decoded.text, "upload");
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, uploadNote ? `${fileId}-note` : null].filter(Boolean).join(" ");
  return (
    <div className="font-sans">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <span className={`text-xs tabular-nums ${over ? "font-semibold text-struck" : "text-muted"}`} aria-live="polite" data-testid={`${id}-size`}>
          {formatBytes(bytes)} of {MAX_TEXT_LABEL}
        </span>
      </div>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
        {hint ?? `Paste the text, or load a file. Up to ${MAX_TEXT_LABEL} of plain text (.txt or .md, UTF-8); YAML front matter between --- lines is allowed.`}
      </p>
      <textarea
        id={id}
        name="text"
        dir="auto"
        rows={rows}
        spellCheck={false}
        value={value}
        onChange={(e) => {
          setUploadNote(null);
          onChange(e.target.value, "type");
        }}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy}
        className={`${INPUT} min-h-48 font-mono text-sm leading-relaxed`}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-struck" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label htmlFor={fileId} className={`${BUTTON} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-focus`}>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-none stroke-current stroke-[1.5]">
            <path d="M8 11V2.5M4.75 5.75 8 2.5l3.25 3.25M2.5 10.5v3h11v-3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Load a .txt or .md file
          <input id={fileId} type="file" accept=".txt,.md,text/plain,text/markdown" onChange={onFile} className="sr-only" data-testid={`${id}-file`} />
        </label>
        {uploadNote && (
          <p id={`${fileId}-note`} role={uploadNote.kind === "error" ? "alert" : "status"} className={`text-sm ${uploadNote.kind === "error" ? "font-medium text-struck" : "text-muted"}`} data-testid={`${id}-upload-note`}>
            {uploadNote.text}
          </p>
        )}
      </div>
    </div>
  );
}
