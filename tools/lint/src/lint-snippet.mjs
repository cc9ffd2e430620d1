// Lints one snippet as if it were the given file, with the workspace's ESLint configuration, and prints the
// boundary rule's messages as JSON. Run as a child process because Jest cannot load ESLint's ESM config.
// usage: node lint-snippet.mjs <file relative to the workspace>   (code on stdin)
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspace = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');
const BOUNDARY_RULES = ['@nx/enforce-module-boundaries', 'no-restricted-imports'];
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const eslint = new ESLint({
  cwd: workspace,
  // Type-aware rules need files on disk; the boundary rule does not.
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/switch-exhaustiveness-check': 'off' },
    },
  ],
});
const [result] = await eslint.lintText(Buffer.concat(chunks).toString('utf8'), { filePath: join(workspace, process.argv[2]) });
const fatal = result.messages.filter((m) => m.fatal).map((m) => m.message);
if (fatal.length) {
  process.stderr.write(fatal.join('\n') + '\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(result.messages.filter((m) => BOUNDARY_RULES.includes(m.ruleId)).map((m) => m.message)));
