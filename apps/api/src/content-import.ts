import './register-paths';
import 'reflect-metadata';
import { ContentLoader } from '@culture-d/catalog/server';
import { describePgError } from '@culture-d/shared/server';
import { WorkshopsContentLoader } from '@culture-d/workshops/server';
import { withAppContext } from './app/app-context';
import { ConfigurationError, loadConfig } from './config/app-config';

/**
 * `npm run content:import`: loads the starter catalogue from `CONTENT_DIR` (default `content/`) through the authoring
 * import and publish code. Running it again changes nothing. Works while `npm start` runs.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  try {
    const { report, workshops } = await withAppContext(config, async (context) => ({
      report: await context.get(ContentLoader).load(config.contentDir),
      workshops: await context.get(WorkshopsContentLoader).load(config.contentDir),
    }));
    process.stdout.write(
      `Référentiel: ${report.referentiel.domains} domains, ${report.referentiel.competencies} competencies.\n` +
        `Imported and published: ${report.imported.join(', ') || 'none'}.\nAlready there (left as they are): ${report.skipped.join(', ') || 'none'}.\n` +
        `Workshops imported: ${workshops.imported.join(', ') || 'none'}; already there: ${workshops.skipped.join(', ') || 'none'}.\n`,
    );
  } catch (error) {
    process.stderr.write(`content:import failed: ${error instanceof Error ? error.message : describePgError(error)}\n`);
    process.exitCode = 1;
  }
}

void main();
