/**
 * Email templates: plain text, rendered from the params stored in the outbox row (so a message
 * renders the same whenever it is delivered). Links are absolute, from PUBLIC_URL.
 */
export interface TemplateParams {
  'practice-submitted': { title: string; partner: string; practiceId: string; revision: boolean };
  'practice-decision': { title: string; action: 'REQUEST_CHANGES' | 'PUBLISH' | 'REJECT'; comment: string | null; practiceId: string; slug: string; revision: boolean };
  invitation: { name: string; acceptPath: string; expiresAt: string; invitedBy: string | null };
  'learner-confirmation': { name: string; confirmPath: string; expiresAt: string };
  'foresight-invitation': { exerciseTitle: string; answerPath: string; horizonYear: number };
}
export type TemplateName = keyof TemplateParams;

export interface RenderedEmail {
  subject: string;
  text: string;
}

const DECISION: Record<TemplateParams['practice-decision']['action'], string> = {
  REQUEST_CHANGES: 'Changes requested',
  PUBLISH: 'Published',
  REJECT: 'Not accepted',
};

const RENDER: { [K in TemplateName]: (p: TemplateParams[K], baseUrl: string) => RenderedEmail } = {
  'practice-submitted': (p, base) => ({
    subject: `For review: ${p.title}`,
    text: `${p.partner} submitted ${p.revision ? 'a revision of ' : ''}the policy example "${p.title}" for validation.\n\nReview it: ${base}/admin/practices/${p.practiceId}\n`,
  }),
  'practice-decision': (p, base) => ({
    subject: `${DECISION[p.action]}: ${p.title}`,
    text:
      (p.action === 'PUBLISH'
        ? `Your ${p.revision ? 'revision of the ' : ''}policy example "${p.title}" is published: ${base}/practices/${p.slug}\n`
        : p.action === 'REQUEST_CHANGES'
          ? `The validators ask for changes to your policy example "${p.title}" before it can be published.\n`
          : `Your policy example "${p.title}" was not accepted for publication.\n`) +
      (p.comment ? `\nComment from the validator:\n${p.comment}\n` : '') +
      `\nOpen it in the console: ${base}/admin/practices/${p.practiceId}\n`,
  }),
  invitation: (p, base) => ({
    subject: 'Your invitation to the PoliSEE platform',
    text: `Hello ${p.name},\n\n${p.invitedBy ? `${p.invitedBy} invited you` : 'You are invited'} to the S3 Cluster Policy Learning Platform.\nSet your password here (the link works once, until ${p.expiresAt}):\n${base}${p.acceptPath}\n`,
  }),
  'learner-confirmation': (p, base) => ({
    subject: 'Confirm your email for the PoliSEE training package',
    text: `Hello ${p.name},\n\nConfirm your email address to start learning on the S3 Cluster Policy Learning Platform (the link works once, until ${p.expiresAt}):\n${base}${p.confirmPath}\n\nIf you did not register, ignore this message.\n`,
  }),
  'foresight-invitation': (p, base) => ({
    subject: `Your invitation to the foresight panel: ${p.exerciseTitle}`,
    text: `Hello,\n\nYou are invited to the expert panel of the foresight exercise "${p.exerciseTitle}" (horizon ${p.horizonYear}).\nYour answers are anonymous: no one, the organisers included, can see who answered what.\nThis personal link opens your answers; you can come back to it while a round is open:\n${base}${p.answerPath}\n\nPlease do not forward it.\n`,
  }),
};

export const isTemplate = (t: unknown): t is TemplateName => typeof t === 'string' && Object.prototype.hasOwnProperty.call(RENDER, t);

export function renderEmail(template: string, params: unknown, baseUrl: string): RenderedEmail {
  if (!isTemplate(template)) throw new Error(`unknown email template ${template}`);
  return (RENDER[template] as (p: unknown, b: string) => RenderedEmail)(params, baseUrl.replace(/\/$/, ''));
}
