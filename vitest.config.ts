import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The packaging test builds and installs a tarball; give it room.
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
