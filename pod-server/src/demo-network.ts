/** The demo network: who is in it. Content (profiles, offers, transfers…) is written by the seed. */

export interface DemoMember {
  /** Pod name and login name: pod at `<base>/<pod>/`, login `<pod>@mutua.example`. */
  pod: string;
  name: string;
  bio: string;
  skills: string[];
  place: string;
  /** Hex colour of the generated avatar. */
  colour: string;
  language: 'en' | 'fr' | 'es';
  /** Group pods this member belongs to, with their role. */
  groups: Partial<Record<DemoGroupPod, 'admin' | 'member'>>;
}

export type DemoGroupPod = 'sel-val-de-saone' | 'banco-tiempo-lavapies';

export interface DemoGroup {
  pod: DemoGroupPod;
  name: string;
  kind: 'lets' | 'timebank';
  description: string;
  place: string;
  language: 'en' | 'fr' | 'es';
  /** Who opens proposals; the timebank keeps it to its admins, the LETS lets every member. */
  proposalOpeners: 'members' | 'admins';
  /** Days a payment request stays open, when the group chose other than the default 30. */
  requestLifetimeDays?: number;
}

export const DEMO_PASSWORD = 'mutua-demo';
export const DEMO_EMAIL_DOMAIN = 'mutua.example';

export const demoGroups: readonly DemoGroup[] = [
  {
    pod: 'sel-val-de-saone',
    name: 'SEL du Val de Saône',
    kind: 'lets',
    description:
      "Système d'échange local : nous échangeons biens, services et savoirs en « grains », sans euros.",
    place: 'Lyon, France',
    language: 'fr',
    proposalOpeners: 'members',
  },
  {
    pod: 'banco-tiempo-lavapies',
    name: 'Banco de Tiempo de Lavapiés',
    kind: 'timebank',
    description: 'Banco de tiempo del barrio: una hora de tu tiempo vale lo mismo que la de cualquiera.',
    place: 'Madrid, España',
    language: 'es',
    proposalOpeners: 'admins',
    // A non-default setting, so the demo shows requests expiring on the group's own terms.
    requestLifetimeDays: 14,
  },
];

export const demoMembers: readonly DemoMember[] = [
  { pod: 'alice', name: 'Alice Martin', bio: 'Coordinatrice du SEL, jardinière et couturière du dimanche.', skills: ['couture', 'jardinage', 'comptabilité'], place: 'Lyon 4e', colour: '#2f7d6d', language: 'fr', groups: { 'sel-val-de-saone': 'admin' } },
  { pod: 'bruno', name: 'Bruno Lefèvre', bio: 'Menuisier à la retraite, je répare tout ce qui est en bois.', skills: ['menuiserie', 'bricolage'], place: 'Caluire-et-Cuire', colour: '#8a5a2b', language: 'fr', groups: { 'sel-val-de-saone': 'member' } },
  { pod: 'camille', name: 'Camille Dubois', bio: 'Prof de piano, je propose aussi des cours de solfège pour enfants.', skills: ['piano', 'solfège', 'garde d’enfants'], place: 'Lyon 1er', colour: '#7048a8', language: 'fr', groups: { 'sel-val-de-saone': 'member' } },
  { pod: 'dolores', name: 'Dolores Ibáñez', bio: 'Coordino el banco de tiempo. Cocina, acompañamiento a mayores y papeleo.', skills: ['cocina', 'acompañamiento', 'trámites'], place: 'Lavapiés, Madrid', colour: '#b5442b', language: 'es', groups: { 'banco-tiempo-lavapies': 'admin' } },
  { pod: 'emeka', name: 'Emeka Okafor', bio: 'Bike mechanic and English teacher; happy to swap lessons for Spanish.', skills: ['bike repair', 'English lessons'], place: 'Embajadores, Madrid', colour: '#1f6fb2', language: 'en', groups: { 'banco-tiempo-lavapies': 'member' } },
  { pod: 'fatima', name: 'Fátima Benali', bio: 'Traductora (árabe, francés, español). Me encanta la repostería.', skills: ['traducción', 'repostería'], place: 'Lavapiés, Madrid', colour: '#c2185b', language: 'es', groups: { 'banco-tiempo-lavapies': 'member', 'sel-val-de-saone': 'member' } },
  { pod: 'gael', name: 'Gaël Moreau', bio: 'Informaticien bénévole : je dépanne ordinateurs et téléphones.', skills: ['informatique', 'dépannage'], place: 'Villeurbanne', colour: '#455a64', language: 'fr', groups: { 'sel-val-de-saone': 'member' } },
  { pod: 'hana', name: 'Hana Kobayashi', bio: 'Yoga teacher and keen fermenter. Kombucha scobies always available.', skills: ['yoga', 'fermentation'], place: 'Lyon 7e', colour: '#00897b', language: 'en', groups: { 'sel-val-de-saone': 'member' } },
  { pod: 'ines', name: 'Inés García', bio: 'Enfermera jubilada. Ofrezco compañía, paseos y tomar la tensión.', skills: ['cuidados', 'paseos'], place: 'Lavapiés, Madrid', colour: '#6d4c41', language: 'es', groups: { 'banco-tiempo-lavapies': 'member' } },
  { pod: 'jonas', name: 'Jonas Weber', bio: 'Fotógrafo y ciclista urbano; presto mi carro de carga.', skills: ['fotografía', 'mudanzas'], place: 'Arganzuela, Madrid', colour: '#5d4037', language: 'es', groups: { 'banco-tiempo-lavapies': 'member' } },
  { pod: 'kofi', name: 'Kofi Mensah', bio: 'Maraîcher bio en AMAP, je vends mes surplus de légumes en grains.', skills: ['maraîchage', 'compost'], place: 'Vaulx-en-Velin', colour: '#558b2f', language: 'fr', groups: { 'sel-val-de-saone': 'member' } },
  { pod: 'lucia', name: 'Lucía Romero', bio: 'Diseñadora gráfica. Hago carteles para asociaciones del barrio.', skills: ['diseño gráfico', 'ilustración'], place: 'Lavapiés, Madrid', colour: '#f57c00', language: 'es', groups: { 'banco-tiempo-lavapies': 'admin', 'sel-val-de-saone': 'member' } },
];

/** The login e-mail of a demo pod (member or group). */
export function demoEmail(pod: string): string {
  return `${pod}@${DEMO_EMAIL_DOMAIN}`;
}

/** The CSS seed file content: one account with one pod per member and per group. */
export function demoSeedConfig(): { email: string; password: string; pods: { name: string; settings: { linkStorage: boolean } }[] }[] {
  return [...demoMembers.map((m) => m.pod), ...demoGroups.map((g) => g.pod)].map((pod) => ({
    email: demoEmail(pod),
    password: DEMO_PASSWORD,
    pods: [{ name: pod, settings: { linkStorage: true } }],
  }));
}
