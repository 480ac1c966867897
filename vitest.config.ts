import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src-main/**/*.test.ts',
      'db/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'src-renderer/**/*.test.ts',
      'tests/electron/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
  },
});
