import { JSDOM } from 'jsdom';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { addEventToGroup } from '../../apps/core/src/publishing/group-events.js';
import { addDocumentToGroup } from '../../apps/core/src/publishing/group-library.js';
import { addNewsToGroup } from '../../apps/core/src/publishing/group-news.js';
import { listIfVisible } from '../../apps/core/src/publishing/load-container-records.internal.js';
import { ensureGroupSharing } from '../../apps/core/src/publishing/group-readers.js';
import { setNewsPostingRule } from '../../apps/core/src/publishing/news-posting-rule.js';
import { putFile } from '../../apps/core/src/publishing/put-file.internal.js';
import { shareDocumentWithGroup } from '../../apps/core/src/publishing/share-document-with-group.js';
import { publishGroupOutputs } from '../../apps/core/src/publishing/publish-group-outputs.js';
import { ENGLISH_PAGE_LABELS, type PublicPageLabels } from '../../apps/core/src/publishing/public-page.js';
import { publishingLayout, type Visibility } from '../../apps/core/src/publishing/publishing-layout.js';
import { createMarkdownRenderer } from '../../apps/core/src/publishing/render-markdown.js';
import type { DemoGroupPod } from './demo-network.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';

const DAY = 24 * 3600_000;

interface DemoPublishing {
  group: DemoGroupPod;
  admin: string;
  /** A member (not an admin) who posts in their own posts container and shares a document from their own pod (decision 0080). */
  member: { pod: string; post: { headline: string; body: string }; shared: { title: string; text: string } };
  labels: PublicPageLabels;
  news: { headline: string; body: string; visibility: 'public' | 'membersOnly'; daysAgo: number }[];
  /** Start in days from the seed time, at a local hour, lasting `hours`. */
  events: { name: string; inDays: number; hour: number; hours: number; place: string; description: string; visibility: 'public' | 'membersOnly' }[];
  documents: { title: string; text: string; visibility: Visibility }[];
}

const DEMO: DemoPublishing[] = [
  {
    group: 'sel-val-de-saone',
    admin: 'alice',
    member: {
      pod: 'bruno',
      post: { headline: 'Atelier menuiserie ouvert', body: 'Bruno ouvre son **atelier** le mercredi après-midi : réparations de meubles contre des grains.' },
      shared: { title: 'Plans du composteur (Bruno)', text: '# Composteur en palettes\n\nQuatre palettes, vingt vis, une après-midi.' },
    },
    labels: { lang: 'fr', news: 'Actualités', events: 'Événements', noNews: 'Pas encore d’actualités.', noEvents: 'Aucun événement à venir.', feed: 'Fil d’actualités (Atom)', calendar: 'Agenda (iCalendar)' },
    news: [
      { headline: 'Bourse d’échange de printemps', body: 'La **bourse d’échange** revient au jardin partagé. Apportez graines, plants et outils !', visibility: 'public', daysAgo: 2 },
      { headline: 'Bienvenue aux nouveaux membres', body: 'Trois nouveaux membres ont rejoint le SEL ce mois-ci. Pensez à publier vos offres.', visibility: 'public', daysAgo: 9 },
      { headline: 'Compte rendu du conseil', body: 'Le conseil a validé le budget 2026. Détails dans la bibliothèque de documents.', visibility: 'membersOnly', daysAgo: 5 },
    ],
    events: [
      { name: 'Bourse d’échange', inDays: 10, hour: 14, hours: 3, place: 'Jardin partagé, Lyon 4e', description: 'Échanges de graines, plants et outils.', visibility: 'public' },
      { name: 'Café réparation', inDays: 24, hour: 10, hours: 2, place: 'Maison de quartier', description: 'Venez avec vos objets cassés.', visibility: 'public' },
      { name: 'Conseil du SEL', inDays: 6, hour: 19, hours: 2, place: 'Chez Alice', description: 'Ordre du jour envoyé par courriel.', visibility: 'membersOnly' },
    ],
    documents: [
      { title: 'Statuts du SEL', text: '# Statuts\n\nArticle 1 : le SEL du Val de Saône est une association d’échanges locaux.', visibility: 'public' },
      { title: 'Charte des échanges', text: '# Charte\n\nUne heure de service vaut soixante grains.', visibility: 'membersOnly' },
    ],
  },
  {
    group: 'banco-tiempo-lavapies',
    admin: 'dolores',
    member: {
      pod: 'emeka',
      post: { headline: 'Bike repair Saturdays', body: 'Emeka fixes **punctures** every Saturday morning at the plaza; one hour of the time bank per bike.' },
      shared: { title: 'Bike maintenance checklist (Emeka)', text: '# Checklist\n\n1. Tyres\n2. Brakes\n3. Chain' },
    },
    labels: { lang: 'es', news: 'Noticias', events: 'Eventos', noNews: 'Todavía no hay noticias.', noEvents: 'No hay eventos próximos.', feed: 'Noticias (Atom)', calendar: 'Calendario (iCalendar)' },
    news: [
      { headline: 'Nueva sede del banco de tiempo', body: 'Desde este mes nos reunimos en el **centro social** del barrio.', visibility: 'public', daysAgo: 3 },
      { headline: 'Acta de la asamblea', body: 'Aprobamos el nuevo límite de horas. El acta está en los documentos.', visibility: 'membersOnly', daysAgo: 7 },
    ],
    events: [
      { name: 'Asamblea abierta', inDays: 8, hour: 18, hours: 2, place: 'Centro social, Lavapiés', description: 'Presentación del banco de tiempo para vecinas y vecinos.', visibility: 'public' },
      { name: 'Taller de bicis', inDays: 15, hour: 11, hours: 3, place: 'Plaza de Lavapiés', description: 'Emeka enseña a arreglar pinchazos.', visibility: 'public' },
    ],
    documents: [
      { title: 'Normas del banco de tiempo', text: '# Normas\n\nUna hora de servicio vale una hora, sea cual sea el servicio.', visibility: 'public' },
      { title: 'Acta de la asamblea de marzo', text: '# Acta\n\nAsistentes: 12. Acuerdos: límite de 20 horas.', visibility: 'membersOnly' },
    ],
  },
];

/**
 * Shows decision 0080 in the demo: the group lets members post (each member gets their own posts
 * containers), one member posts public news, and shares a document that stays in their own pod.
 */
async function seedMemberPublishing(context: SeedContext, root: string, member: DemoPublishing['member'], admin: { fetch: typeof fetch }): Promise<void> {
  await setNewsPostingRule(root, 'members', admin);
  await ensureGroupSharing(root, admin);
  const webId = demoWebId(context.baseUrl, member.pod);
  const options = { fetch: (await context.agent(member.pod)).fetch };
  await addNewsToGroup(root, { ...member.post, visibility: 'public', author: webId, published: new Date(Date.now() - DAY).toISOString() }, options);
  const resource = new URL(`${member.pod}/mutua/documents/shared-with-group.md`, context.baseUrl).href;
  await putFile('Seeding a member document at', resource, new Blob([member.shared.text], { type: 'text/markdown' }), 'text/markdown', options);
  await shareDocumentWithGroup(resource, groupLayout(root).group, { ...options, ownerWebId: webId, title: member.shared.title });
}

/** Seeds news, events and documents per demo group and publishes their feed, page and calendar; skips groups that have news already. */
export async function seedNews(context: SeedContext): Promise<void> {
  const render = createMarkdownRenderer(new JSDOM('').window as unknown as Parameters<typeof createMarkdownRenderer>[0]);
  const now = Date.now();
  await Promise.all(
    DEMO.map(async (demo) => {
      const root = new URL(`${demo.group}/`, context.baseUrl).href;
      const layout = publishingLayout(root);
      const options = { fetch: (await context.agent(demo.admin)).fetch };
      const author = demoWebId(context.baseUrl, demo.admin);
      const existing = await Promise.all([layout.publicPosts, layout.memberPosts].map((c) => listIfVisible(c, options)));
      if (existing.flat().length > 0) return;
      // Sequential within a group: a handful of writes, and the server is busy seeding the other group.
      for (const n of demo.news) await addNewsToGroup(root, { headline: n.headline, body: n.body, visibility: n.visibility, author, published: new Date(now - n.daysAgo * DAY).toISOString() }, options);
      for (const e of demo.events) {
        const day = new Date(now + e.inDays * DAY);
        day.setUTCHours(e.hour - 1, 0, 0, 0);
        const end = new Date(day.getTime() + e.hours * 3600_000);
        await addEventToGroup(root, { name: e.name, startDate: day.toISOString(), endDate: end.toISOString(), location: { name: e.place }, description: e.description, organizer: groupLayout(root).group }, e.visibility, options);
      }
      for (const d of demo.documents) await addDocumentToGroup(root, { title: d.title, creator: author, visibility: d.visibility, content: { text: d.text } }, options);
      await seedMemberPublishing(context, root, demo.member, options);
      await publishGroupOutputs(root, { ...options, render, labels: demo.labels ?? ENGLISH_PAGE_LABELS });
      context.log(`seed: news, ${demo.events.length} events and ${demo.documents.length} documents for ${demo.group}`);
    }),
  );
}
