import { readFileSync } from 'node:fs';
import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';

const BASE_URL = 'http://127.0.0.1:3210';
const PASSWORD = 'le vélo bleu de mamie roule encore';

/** A request context signed in as `email` (the page's cookies are not shared). */
async function signedIn(email: string, password: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const response = await api.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return api;
}

/**
 * The facilitator of these journeys: created once (the e2e data persists, and account creation is throttled per
 * address, which every journey shares), given the role each time.
 */
const FACILITATOR = { email: 'e2e-animateur-ateliers@exemple.fr', name: 'Ana Animatrice' };

async function facilitatorId(admin: APIRequestContext): Promise<string> {
  const visitor = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    if ((await visitor.post('/api/auth/login', { data: { email: FACILITATOR.email, password: PASSWORD } })).status() !== 200) {
      const created = await visitor.post('/api/auth/register', {
        data: { email: FACILITATOR.email, password: PASSWORD, displayName: FACILITATOR.name, audience: 'mediateur', locale: 'fr' },
      });
      expect(created.status(), await created.text()).toBe(201);
    }
  } finally {
    await visitor.dispose();
  }
  const found = (await (await admin.get('/api/admin/users', { params: { q: FACILITATOR.email } })).json()) as { items: { id: string; email: string }[] };
  const id = found.items.find((item) => item.email === FACILITATOR.email)?.id as string;
  expect((await admin.patch(`/api/admin/users/${id}`, { data: { roles: ['learner', 'facilitator'] } })).status()).toBe(200);
  return id;
}

test('an administrator runs a workshop: creates it with 2 seats, sees registrants and the waiting list, exports them, builds the survey, reads the results, cancels', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const title = `Atelier des élu·es ${Date.now()}`;
  const login = await page.request.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } });
  expect(login.status()).toBe(200);

  // The list, from "Mes outils".
  await open(page, '/auteur/ateliers');
  await expect(page.locator('main h1')).toHaveText('Gérer les ateliers');
  await expect(page.getByRole('heading', { level: 2, name: /^À venir/ })).toBeVisible();
  await expectNoAxeViolation(page, '/auteur/ateliers');
  await shoot(page, 'workshops-admin-list');

  // The form: checks first, then the workshop is created.
  await page.getByRole('link', { name: 'Créer un atelier' }).click();
  await expect(page.locator('main h1')).toHaveText('Nouvel atelier');
  await expect(page.getByText('Dates et heures en heure de Paris.')).toBeVisible();
  await page.getByRole('button', { name: 'Créer l’atelier' }).click();
  const summary = page.locator('.cd-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Saisissez le titre de l’atelier.');
  await expect(summary).toContainText('Cochez au moins un public.');
  await expectNoAxeViolation(page, '/auteur/ateliers/nouveau (errors)');
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Résumé').fill('Ouvrir les données de la commune, pas à pas.');
  await page.getByLabel('Description').fill('Un atelier pour commencer :\n\n- le cadre légal ;\n- les premiers jeux de données.');
  await page.getByRole('checkbox', { name: 'Élu·es locaux·ales' }).check();
  await page.getByRole('radio', { name: 'En ligne', exact: true }).check();
  await page.getByLabel('Lien de la visioconférence').fill('https://visio.example.org/elus');
  await page.getByLabel('Nombre de places').fill('2');
  await page.getByRole('radio', { name: 'Publié', exact: true }).check();
  await page.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page).toHaveURL(/\/auteur\/ateliers\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toHaveText('Modifier l’atelier');
  await expect(page.getByText('Atelier créé.')).toBeVisible();
  await expect(page.getByLabel('Titre')).toHaveValue(title);
  const id = /ateliers\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
  await expectNoAxeViolation(page, '/auteur/ateliers/:id');
  await shoot(page, 'workshops-admin-form');

  // The administrator (signed in, to answer the survey later) and three guests register: two seats, then the waiting
  // list in order. Guests, because account creation is throttled per address and every journey shares 127.0.0.1.
  const member = await signedIn(E2E_ADMIN.email, E2E_ADMIN.password);
  const visitor = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const guests = ['deux', 'trois', 'quatre'].map((label) => ({
    name: `Invité·e ${label}`,
    email: `e2e-atelier-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`,
  }));
  const people = [{ name: 'admin', email: E2E_ADMIN.email }, ...guests];
  const statuses: string[] = [];
  for (const [n, p] of people.entries()) {
    const registered = await (n === 0
      ? member.post(`/api/workshops/${id}/registrations`, { data: {} })
      : visitor.post(`/api/workshops/${id}/registrations`, { data: { guest: { ...p, consent: true } } }));
    expect(registered.status(), await registered.text()).toBe(201);
    statuses.push(((await registered.json()) as { status: string }).status);
  }
  expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

  // Registrants, with positions on the waiting list; the spreadsheet downloads.
  await page.getByRole('navigation', { name: 'Pages de l’atelier' }).getByRole('link', { name: 'Inscrit·es', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Personnes inscrites');
  await expect(page.getByText('Places confirmées : 2 · liste d’attente : 2')).toBeVisible();
  const waitlist = page.getByRole('table', { name: /Liste d’attente/ });
  for (const [n, p] of [people[2], people[3]].entries()) {
    const row = waitlist.getByRole('row').nth(n + 1);
    await expect(row.getByRole('cell').first()).toHaveText(String(n + 1));
    await expect(row.getByRole('rowheader')).toHaveText(p.name);
  }
  await expect(page.getByRole('table', { name: /Places confirmées/ })).toContainText(people[0].email);
  await expect(page.getByRole('link', { name: 'Ouvrir la feuille d’émargement' })).toHaveAttribute('href', /\/ateliers\/.+\/emargement$/);
  await expectNoAxeViolation(page, '/auteur/ateliers/:id/inscrits');
  await shoot(page, 'workshops-admin-registrants');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger les inscrit·es (CSV)', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('inscrit-es.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  for (const p of people) expect(csv).toContain(p.email);

  // The survey: three questions, the text one moved to the top from the keyboard, saved.
  await page.getByRole('navigation', { name: 'Pages de l’atelier' }).getByRole('link', { name: 'Enquête', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Enquête de besoins');
  await expect(page.getByText('Aucune question pour l’instant.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await expect(page.getByLabel('Intitulé de la question')).toBeFocused();
  await page.getByRole('button', { name: 'Enregistrer l’enquête' }).click();
  await expect(page.locator('.cd-error-summary')).toBeFocused();
  await expect(page.locator('.cd-error-summary')).toContainText('Question 1 : proposez de 2 à 20 réponses différentes');
  await page.getByLabel('Intitulé de la question').fill('Quel format préférez-vous ?');
  await page.getByLabel('Réponses proposées').fill('présentiel\nen ligne');
  await page.getByLabel('Type de la nouvelle question').selectOption({ label: 'Échelle' });
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await page.locator('#enquete-1-question').fill('Votre aisance avec les données ?');
  await page.getByLabel('Type de la nouvelle question').selectOption({ label: 'Texte libre' });
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await page.locator('#enquete-2-question').fill('Qu’attendez-vous de cet atelier ?');
  await page.getByRole('button', { name: 'Monter : Question 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#enquete-1-question')).toHaveValue('Qu’attendez-vous de cet atelier ?');
  await expect(page.getByRole('button', { name: 'Monter : Question 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#enquete-0-question')).toHaveValue('Qu’attendez-vous de cet atelier ?');
  await expect(page.getByText('Question 2 déplacée en position 1.')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer l’enquête' }).click();
  await expect(page.getByText('Enquête enregistrée (questions : 3).')).toBeVisible();
  await expectNoAxeViolation(page, '/auteur/ateliers/:id/enquete');
  await shoot(page, 'workshops-admin-survey');

  // A registrant answers (API), the results show as a chart and a table, texts listed.
  const survey = (await (await member.get(`/api/workshops/${id}/survey`)).json()) as { questions: { key: string; kind: string }[] };
  expect(survey.questions.map((q) => q.kind)).toEqual(['text', 'choice', 'scale']);
  const [text, choice, scale] = survey.questions.map((q) => q.key);
  const answered = await member.post(`/api/workshops/${id}/survey/responses`, {
    data: { answers: { [text]: 'Des exemples de notre commune', [choice]: 'en ligne', [scale]: 4 } },
  });
  expect(answered.status(), await answered.text()).toBe(204);
  await page.getByRole('navigation', { name: 'Pages de l’atelier' }).getByRole('link', { name: 'Résultats de l’enquête', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Résultats de l’enquête');
  await expect(page.getByText('Personnes ayant répondu : 1')).toBeVisible();
  const formats = page.getByRole('table', { name: 'Réponses à « Quel format préférez-vous ? »' });
  await expect(formats.getByRole('row', { name: /en ligne/ })).toContainText('100 %');
  await expect(formats.getByRole('row', { name: /présentiel/ })).toContainText('0 %');
  await expect(page.getByText('moyenne : 4')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Des exemples de notre commune' })).toBeVisible();
  const [results] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger les résultats (CSV)', exact: true }).click()]);
  expect(readFileSync(await results.path(), 'utf8')).toContain('Quel format préférez-vous ?,choix,en ligne,1');
  await expectNoAxeViolation(page, '/auteur/ateliers/:id/resultats');
  await shoot(page, 'workshops-admin-results');

  // Cancelled, with a reason, after a confirmation.
  await page.getByRole('navigation', { name: 'Pages de l’atelier' }).getByRole('link', { name: 'Fiche', exact: true }).click();
  await page.getByRole('button', { name: 'Annuler cet atelier…' }).click();
  await page.getByLabel('Raison de l’annulation (facultatif)').fill('La salle n’est plus disponible.');
  await expectNoAxeViolation(page, '/auteur/ateliers/:id (cancel)');
  await page.getByRole('button', { name: 'Confirmer l’annulation' }).click();
  await expect(page.getByText('Atelier annulé. Les personnes inscrites sont prévenues par e-mail.')).toBeVisible();
  await expect(page.locator('.cd-lead')).toContainText('annulé');
  expect(((await (await member.get(`/api/workshops/${id}`)).json()) as { status: string }).status).toBe('cancelled');
  await shoot(page, 'workshops-admin-cancelled');
  await member.dispose();
  await visitor.dispose();
});

test('a facilitator of the workshop sees its registrants and survey results, not its form', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await signedIn(E2E_ADMIN.email, E2E_ADMIN.password);
  try {
    const userId = await facilitatorId(admin);
    const day = 86400_000;
    const created = await admin.post('/api/authoring/workshops', {
      data: {
        title: `Atelier animé ${Date.now()}`,
        summary: 'Résumé.',
        description: 'Description.',
        audiences: ['mediateur'],
        format: 'online',
        startsAt: new Date(Date.now() + 30 * day).toISOString(),
        endsAt: new Date(Date.now() + 30 * day + 7200_000).toISOString(),
        onlineUrl: 'https://visio.example.org/animation',
        capacity: null,
        registrationClosesAt: new Date(Date.now() + 29 * day).toISOString(),
        status: 'published',
        survey: [{ key: 'format', kind: 'choice', question: 'Quel format ?', choices: ['présentiel', 'en ligne'] }],
        facilitatorIds: [userId],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;

    const signedIn = await page.request.post('/api/auth/login', { data: { email: FACILITATOR.email, password: PASSWORD } });
    expect(signedIn.status()).toBe(200);
    await open(page, `/auteur/ateliers/${id}/inscrits`);
    await expect(page.locator('main h1')).toHaveText('Personnes inscrites');
    await expect(page.getByText('Personne ne s’est encore inscrit.')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Pages de l’atelier' });
    await expect(nav.getByRole('link')).toHaveText(['Inscrit·es', 'Résultats de l’enquête', 'Feuille d’émargement']);
    await expectNoAxeViolation(page, '/auteur/ateliers/:id/inscrits (facilitator)');
    await nav.getByRole('link', { name: 'Résultats de l’enquête', exact: true }).click();
    await expect(page.getByText('Personnes ayant répondu : 0')).toBeVisible();
    await expectNoAxeViolation(page, '/auteur/ateliers/:id/resultats (facilitator)');
    await page.goto('/auteur/ateliers');
    await expect(page).toHaveURL(/\/acces-reserve$/);
  } finally {
    await admin.dispose();
  }
});
