import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Two shared cores: PTY and server tests are steadier with few workers.
		maxWorkers: 2,
	},
});
