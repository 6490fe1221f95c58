import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import {
  CreatePracticeMutation,
  PracticeEditorQuery,
  PracticePartnerOptionsQuery,
  TransitionPracticeMutation,
  UpdatePracticeMutation,
  type DevelopmentArea,
  type Instrument,
  type PracticeAction,
  type ResultOf,
  type TargetGroup,
  type UpdatePracticeInput,
} from '@polisee/graphql';
import { commonMessages, developmentAreaLabels, ErrorAlert, Field, instrumentLabels, languageLabels, LoadError, Loading, practiceActionLabels, practiceStatusLabels, targetGroupLabels, useDocumentTitle, useFormat, TableScroll } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { wordDiff, type DiffPart } from './word-diff';
import { readApiError } from '../../app/api-error';

/** The practice's fields as the form, the revision diff and the history name them. */
const fieldLabels: Record<string, MessageDescriptor> = {
  partner: msg`Contributing partner`,
  title: msg`Title`,
  summary: msg`Summary`,
  description: msg`Detailed description (Markdown)`,
  resourcesNeeded: msg`Resources needed`,
  startYear: msg`Start year`,
  endYear: msg`End year`,
  evidence: msg`Evidence of success`,
  results: msg`Measurable results (one per line)`,
  difficulties: msg`Difficulties encountered`,
  lessonsLearned: msg`Lessons learned`,
  transferPotential: msg`Potential for learning or transfer`,
  institution: msg`Main institution`,
  country: msg`Country (ISO code)`,
  regionCodes: msg`Regions (NUTS codes, comma-separated)`,
  developmentAreas: msg`Development areas`,
  instrument: msg`Instrument`,
  targetGroups: msg`Target groups`,
  budgetEur: msg`Budget (EUR)`,
  fundingSource: msg`Funding source`,
  contactName: msg`Contact name`,
  contactEmail: msg`Contact email`,
  contactPhone: msg`Contact phone`,
  language: msg`Language`,
};

/** History lines: the workflow's actions, and the creation of the draft. */
const historyActionLabels: Record<string, MessageDescriptor> = {
  ...practiceActionLabels,
  CREATE: msg({ message: 'Create', context: 'practice workflow action' }),
};

type Loaded = NonNullable<ResultOf<typeof PracticeEditorQuery>['practice']>;
type Content = NonNullable<Loaded['pendingRevision']> | Loaded;

/** Every field as the text its control holds. */
export interface PracticeFormValues {
  title: string;
  summary: string;
  description: string;
  resourcesNeeded: string;
  startYear: string;
  endYear: string;
  evidence: string;
  results: string;
  difficulties: string;
  lessonsLearned: string;
  transferPotential: string;
  institution: string;
  country: string;
  regionCodes: string;
  developmentAreas: DevelopmentArea[];
  instrument: Instrument | '';
  targetGroups: TargetGroup[];
  budgetEur: string;
  fundingSource: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  language: string;
}

const TEXT_FIELDS = ['summary', 'resourcesNeeded', 'evidence', 'difficulties', 'lessonsLearned', 'transferPotential'] as const;

function valuesOf(c: Content, contact: Loaded['contact'] | null): PracticeFormValues {
  return {
    title: c.title,
    summary: c.summary,
    description: c.description,
    resourcesNeeded: c.resourcesNeeded,
    startYear: c.startYear?.toString() ?? '',
    endYear: c.endYear?.toString() ?? '',
    evidence: c.evidence,
    results: c.results.map((r) => r.description).join('\n'),
    difficulties: c.difficulties,
    lessonsLearned: c.lessonsLearned,
    transferPotential: c.transferPotential,
    institution: c.institution,
    country: c.country,
    regionCodes: c.regions.map((r) => r.code).join(', '),
    developmentAreas: [...c.developmentAreas],
    instrument: c.instrument ?? '',
    targetGroups: [...c.targetGroups],
    budgetEur: c.budgetEur?.toString() ?? '',
    fundingSource: c.fundingSource,
    contactName: contact?.name ?? '',
    contactEmail: contact?.email ?? '',
    contactPhone: contact?.phone ?? '',
    language: c.language,
  };
}

const int = (s: string) => (s.trim() === '' ? null : Number.parseInt(s, 10));

/** The API input for the form (results keep only their descriptions here). */
export function toInput(v: PracticeFormValues): Omit<UpdatePracticeInput, 'id'> {
  return {
    title: v.title.trim(),
    summary: v.summary,
    description: v.description,
    resourcesNeeded: v.resourcesNeeded,
    startYear: int(v.startYear),
    endYear: int(v.endYear),
    evidence: v.evidence,
    results: v.results
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((description) => ({ description })),
    difficulties: v.difficulties,
    lessonsLearned: v.lessonsLearned,
    transferPotential: v.transferPotential,
    institution: v.institution,
    country: v.country.trim().toUpperCase(),
    regionCodes: v.regionCodes
      .split(/[,\s]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    developmentAreas: v.developmentAreas,
    instrument: v.instrument || null,
    targetGroups: v.targetGroups,
    budgetEur: v.budgetEur.trim() === '' ? null : Number(v.budgetEur),
    fundingSource: v.fundingSource,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    language: v.language,
  };
}

const emptyValues: PracticeFormValues = {
  title: '',
  summary: '',
  description: '',
  resourcesNeeded: '',
  startYear: '',
  endYear: '',
  evidence: '',
  results: '',
  difficulties: '',
  lessonsLearned: '',
  transferPotential: '',
  institution: '',
  country: '',
  regionCodes: '',
  developmentAreas: [],
  instrument: '',
  targetGroups: [],
  budgetEur: '',
  fundingSource: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  language: 'en',
};

function PracticeForm({
  values,
  onChange,
  fieldErrors,
  disabled,
}: {
  values: PracticeFormValues;
  onChange: (v: PracticeFormValues) => void;
  fieldErrors: Record<string, string>;
  disabled: boolean;
}) {
  const { t, i18n } = useLingui();
  const set = <K extends keyof PracticeFormValues>(k: K, v: PracticeFormValues[K]) => onChange({ ...values, [k]: v });
  const text = (k: keyof PracticeFormValues, rows = 3) => (
    <Field key={k} label={i18n._(fieldLabels[k]!)} error={fieldErrors[k]}>
      {(c) => <textarea {...c} className="textarea" rows={rows} value={values[k] as string} disabled={disabled} onChange={(e) => set(k, e.target.value as never)} />}
    </Field>
  );
  const line = (k: keyof PracticeFormValues, type = 'text') => (
    <Field key={k} label={i18n._(fieldLabels[k]!)} error={fieldErrors[k]}>
      {(c) => <input {...c} className="input" type={type} value={values[k] as string} disabled={disabled} onChange={(e) => set(k, e.target.value as never)} />}
    </Field>
  );
  const toggle = <T extends string>(k: 'developmentAreas' | 'targetGroups', v: T) => {
    const cur = values[k] as string[];
    set(k, (cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v]) as never);
  };
  return (
    <div className="practice-form">
      <Field label={i18n._(fieldLabels.title!)} hint={t`At most 100 characters.`} error={fieldErrors.title} required>
        {(c) => <input {...c} className="input" maxLength={100} value={values.title} disabled={disabled} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      {text('summary', 3)}
      <Field label={i18n._(fieldLabels.description!)} error={fieldErrors.description}>
        {(c) => <textarea {...c} className="textarea" rows={10} value={values.description} disabled={disabled} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      {text('results', 3)}
      {TEXT_FIELDS.filter((k) => k !== 'summary').map((k) => text(k, 3))}
      <div className="form-grid">
        {line('institution')}
        {line('country')}
        {line('regionCodes')}
        {line('startYear', 'number')}
        {line('endYear', 'number')}
        {line('budgetEur', 'number')}
        {line('fundingSource')}
        <Field label={i18n._(fieldLabels.instrument!)} error={fieldErrors.instrument}>
          {(c) => (
            <select {...c} className="select" value={values.instrument} disabled={disabled} onChange={(e) => set('instrument', e.target.value as Instrument | '')}>
              <option value="">—</option>
              {Object.entries(instrumentLabels).map(([v, l]) => (
                <option key={v} value={v}>
                  {i18n._(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={i18n._(fieldLabels.language!)}>
          {(c) => (
            <select {...c} className="select" value={values.language} disabled={disabled} onChange={(e) => set('language', e.target.value)}>
              {Object.entries(languageLabels).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="checklist" disabled={disabled}>
        <legend>{t`Development areas`}</legend>
        {Object.entries(developmentAreaLabels).map(([v, l]) => (
          <label key={v} className="checkbox-field">
            <input type="checkbox" checked={values.developmentAreas.includes(v as DevelopmentArea)} onChange={() => toggle('developmentAreas', v)} /> {i18n._(l)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checklist" disabled={disabled}>
        <legend>{t`Target groups`}</legend>
        {Object.entries(targetGroupLabels).map(([v, l]) => (
          <label key={v} className="checkbox-field">
            <input type="checkbox" checked={values.targetGroups.includes(v as TargetGroup)} onChange={() => toggle('targetGroups', v)} /> {i18n._(l)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {line('contactName')}
        {line('contactEmail', 'email')}
        {line('contactPhone')}
      </div>
    </div>
  );
}

const DIFF_FIELDS = ['title', 'summary', 'description', 'results', 'evidence', 'difficulties', 'lessonsLearned', 'transferPotential', 'resourcesNeeded', 'institution', 'regionCodes', 'startYear', 'endYear', 'budgetEur', 'fundingSource', 'instrument', 'developmentAreas', 'targetGroups', 'language'] as const;

/** One side of a changed field, its changed words marked (`del` on the published side, `ins` on the revision's). */
function DiffText({ parts, mark }: { parts: DiffPart[]; mark: 'del' | 'ins' }) {
  const Mark = mark;
  return <>{parts.map((p, i) => (p.changed ? <Mark key={i}>{p.text}</Mark> : <span key={i}>{p.text}</span>))}</>;
}

function RevisionDiff({ practice }: { practice: Loaded }) {
  const { t, i18n } = useLingui();
  if (!practice.pendingRevision) return null;
  const published = valuesOf(practice, null);
  const revision = valuesOf(practice.pendingRevision, null);
  const changed = DIFF_FIELDS.filter((f) => JSON.stringify(published[f]) !== JSON.stringify(revision[f]));
  /** A field as readers see it: list fields as their labels. */
  const shown = (v: PracticeFormValues, f: (typeof DIFF_FIELDS)[number]): string => {
    if (f === 'developmentAreas') return v.developmentAreas.map((a) => i18n._(developmentAreaLabels[a])).join(', ');
    if (f === 'targetGroups') return v.targetGroups.map((g) => i18n._(targetGroupLabels[g])).join(', ');
    if (f === 'instrument') return v.instrument ? i18n._(instrumentLabels[v.instrument]) : '';
    if (f === 'language') return languageLabels[v.language] ?? v.language;
    return v[f];
  };
  return (
    <section aria-labelledby="diff-heading" className="card practice-diff" data-testid="revision-diff">
      <h2 id="diff-heading">{t`Revision compared with the published text`}</h2>
      {changed.length === 0 ? <p>{t`The revision does not change the text yet.`}</p> : null}
      {changed.length ? (
        <>
          <p className="muted">{t`Per changed field: the words the revision removes are struck through in the published text, the words it adds are marked in the revision.`}</p>
          <TableScroll label={t`Revision compared with the published text`}>
            <table className="table practice-diff__table">
              <thead>
                <tr>
                  <th scope="col">{t`Section`}</th>
                  <th scope="col">{t`Published`}</th>
                  <th scope="col">{t`Revision`}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((f) => {
                  const d = wordDiff(shown(published, f), shown(revision, f));
                  return (
                    <tr key={f} data-field={f}>
                      <th scope="row">{i18n._(fieldLabels[f]!)}</th>
                      <td className="practice-diff__old">
                        <DiffText parts={d.before} mark="del" />
                      </td>
                      <td className="practice-diff__new">
                        <DiffText parts={d.after} mark="ins" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}

function History({ practice }: { practice: Loaded }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const actionLabel = (action: string) => (historyActionLabels[action] ? i18n._(historyActionLabels[action]) : action);
  const line = (action: string, from: string | null, to: string | null) => {
    const label = actionLabel(action);
    if (!from || !to || from === to) return label;
    const fromLabel = i18n._(practiceStatusLabels[from as keyof typeof practiceStatusLabels]);
    const toLabel = i18n._(practiceStatusLabels[to as keyof typeof practiceStatusLabels]);
    return t`${label}: ${fromLabel} → ${toLabel}`;
  };
  const changedLine = (fields: string[]) => {
    const names = format.list(fields.map((f) => (fieldLabels[f] ? i18n._(fieldLabels[f]) : f)));
    return t`Changed: ${names}`;
  };
  const items = [...(practice.history ?? [])].reverse();
  return (
    <section aria-labelledby="history-heading" className="card">
      <h2 id="history-heading">{t`History`}</h2>
      {items.length === 0 ? <p>{t`No history yet.`}</p> : null}
      <ol className="timeline" data-testid="history">
        {items.map((h) => (
          <li key={h.id} className="timeline__item">
            <strong>{line(h.action, h.fromStatus ?? null, h.toStatus ?? null)}</strong>
            {h.onRevision ? <span className="badge badge--muted"> {t`revision`}</span> : null}
            <br />
            <time dateTime={h.at}>{format.dateTime(h.at)}</time> · {h.actor?.name ?? t`Seed`}
            {h.changedFields.length ? <div className="timeline__detail">{changedLine(h.changedFields)}</div> : null}
            {h.comment ? <blockquote className="timeline__comment">{h.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Actions({ practice, onDone }: { practice: Loaded; onDone: () => void }) {
  const { t, i18n } = useLingui();
  const [comment, setComment] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [move, state] = useMutation(TransitionPracticeMutation);
  const actions = practice.availableActions.filter((a) => a !== 'EDIT') as PracticeAction[];
  if (actions.length === 0) return null;
  const run = async (action: PracticeAction) => {
    setNotice(null);
    await move({ variables: { input: { id: practice.id, action, comment: comment.trim() || null } } });
    setComment('');
    const label = i18n._(practiceActionLabels[action]);
    setNotice(t`${label}: done.`);
    onDone();
  };
  return (
    <section aria-labelledby="workflow-heading" className="card">
      <h2 id="workflow-heading">{t`Workflow`}</h2>
      {actions.some((a) => a === 'REQUEST_CHANGES' || a === 'REJECT' || a === 'PUBLISH') ? (
        <Field label={t`Comment to the author`} hint={t`Required to request changes or reject; it is emailed to the author.`}>
          {(c) => <textarea {...c} className="textarea" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
      ) : null}
      {state.error ? <ErrorAlert>{readApiError(state.error).message}</ErrorAlert> : null}
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <div className="button-row">
        {actions.map((a) => (
          <button key={a} type="button" className={a === 'REJECT' || a === 'ARCHIVE' ? 'button button--danger' : a === 'REQUEST_CHANGES' ? 'button button--secondary' : 'button'} disabled={state.loading} onClick={() => void run(a).catch(() => undefined)}>
            {i18n._(practiceActionLabels[a])}
          </button>
        ))}
      </div>
    </section>
  );
}

function Preview({ markdown }: { markdown: string }) {
  const { t } = useLingui();
  return (
    <section aria-labelledby="preview-heading" className="card practice-preview">
      <h2 id="preview-heading">{t`Preview of the description`}</h2>
      <div className="prose" data-testid="markdown-preview">
        {markdown.trim() ? (
          <Markdown remarkPlugins={[remarkGfm]} skipHtml>
            {markdown}
          </Markdown>
        ) : (
          <p>{t`The description will appear here as visitors will see it.`}</p>
        )}
      </div>
    </section>
  );
}

/** Drafts (and changes-requested or revision drafts) save themselves 1.2 s after the last keystroke. */
function EditPractice({ practice, refetch }: { practice: Loaded; refetch: () => void }) {
  const { t, i18n } = useLingui();
  const source = practice.pendingRevision ?? practice;
  const initial = useMemo(() => valuesOf(source, practice.contact), [source, practice.contact]);
  const [values, setValues] = useState(initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(toInput(initial)));
  const [update, state] = useMutation(UpdatePracticeMutation);
  const canEdit = practice.availableActions.includes('EDIT');
  const workflowStatus = practice.pendingRevision?.status ?? practice.status;
  const autosave = canEdit && (workflowStatus === 'DRAFT' || workflowStatus === 'CHANGES_REQUESTED' || (practice.status === 'PUBLISHED' && practice.pendingRevision?.status === 'DRAFT'));
  const json = JSON.stringify(toInput(values));
  const dirty = json !== savedJson;
  const inFlight = useRef(false);

  const save = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const body = json;
    try {
      await update({ variables: { input: { id: practice.id, ...(JSON.parse(body) as Omit<UpdatePracticeInput, 'id'>) } } });
      setSavedJson(body);
      refetch();
    } finally {
      inFlight.current = false;
    }
  };
  useEffect(() => {
    if (!autosave || !dirty) return;
    const timer = window.setTimeout(() => void save().catch(() => undefined), 1200);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, autosave]);

  const apiError = state.error ? readApiError(state.error) : null;
  return (
    <div className="practice-editor">
      <div className="practice-editor__main">
        {practice.pendingRevision || (practice.status === 'PUBLISHED' && canEdit) ? <p className="alert alert--warning">{t`You are editing a revision. The published text stays online until an administrator publishes the revision.`}</p> : null}
        {apiError ? <ErrorAlert>{apiError.message}</ErrorAlert> : null}
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void save().catch(() => undefined);
          }}
        >
          <PracticeForm values={values} onChange={setValues} fieldErrors={apiError?.fieldErrors ?? {}} disabled={!canEdit} />
          {canEdit ? (
            <div className="button-row">
              <button type="submit" className="button" disabled={!dirty || state.loading}>
                {state.loading ? i18n._(commonMessages.saving) : i18n._(commonMessages.save)}
              </button>
              <span role="status" data-testid="save-state">
                {state.loading ? i18n._(commonMessages.saving) : dirty ? t`Unsaved changes` : t`All changes saved`}
              </span>
              {autosave ? <span className="field__hint">{t`Drafts are saved automatically as you type.`}</span> : null}
            </div>
          ) : null}
        </form>
      </div>
      <div className="practice-editor__side">
        <Preview markdown={values.description} />
        <Actions practice={practice} onDone={refetch} />
        <RevisionDiff practice={practice} />
        <History practice={practice} />
      </div>
    </div>
  );
}

function NewPractice() {
  const { t } = useLingui();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyValues);
  const [partnerId, setPartnerId] = useState('');
  const partners = useQuery(PracticePartnerOptionsQuery, { skip: !isAdmin });
  const [create, state] = useMutation(CreatePracticeMutation);
  const apiError = state.error ? readApiError(state.error) : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(values);
    const res = await create({
      variables: { input: { ...input, title: input.title ?? '', country: input.country || undefined, regionCodes: input.regionCodes?.length ? input.regionCodes : undefined, partnerId: isAdmin ? partnerId : undefined } },
    });
    if (res.data) navigate(`/practices/${res.data.createPractice.id}`, { replace: true });
  };
  return (
    <div className="practice-editor">
      <div className="practice-editor__main">
        {apiError ? <ErrorAlert>{apiError.message}</ErrorAlert> : null}
        <form onSubmit={(e) => void submit(e).catch(() => undefined)}>
          {isAdmin ? (
            <Field label={t`Contributing partner`!} error={apiError?.fieldErrors.partnerId} required>
              {(c) => (
                <select {...c} className="select" value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
                  <option value="">—</option>
                  {partners.data?.partners.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <PracticeForm values={values} onChange={setValues} fieldErrors={apiError?.fieldErrors ?? {}} disabled={false} />
          <button type="submit" className="button" disabled={state.loading}>
            {t`Create draft`}
          </button>
        </form>
      </div>
      <div className="practice-editor__side">
        <Preview markdown={values.description} />
      </div>
    </div>
  );
}

export function PracticeEditorPage() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const { data, loading, error, refetch } = useQuery(PracticeEditorQuery, { variables: { id: id ?? '' }, skip: isNew, fetchPolicy: 'cache-and-network' });
  const practice = data?.practice ?? null;
  const { t, i18n } = useLingui();
  const practiceTitle = isNew ? t`New practice` : (practice?.title ?? '');
  useDocumentTitle(practiceTitle ? t`${practiceTitle} – Policy examples` : null, 'PoliSEE admin');
  const revisionStatus = practice?.pendingRevision ? i18n._(practiceStatusLabels[practice.pendingRevision.status]) : '';
  return (
    <div className="page">
      <p>
        <Link to="/practices">← {t`All practices`}</Link>
      </p>
      <h1>
        {isNew ? t`New policy example` : (practice?.title ?? '…')}{' '}
        {practice ? <span className="badge">{i18n._(practiceStatusLabels[practice.status])}</span> : null}
        {practice?.pendingRevision ? <span className="badge badge--muted"> {t`revision: ${revisionStatus}`}</span> : null}
      </h1>
      {isNew ? <NewPractice /> : null}
      {!isNew && loading && !data ? <Loading label={t`Loading practices…`} /> : null}
      {!isNew && error && !data ? <LoadError title={t`The practices could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} /> : null}
      {practice ? <EditPractice key={`${practice.id}:${practice.pendingRevision?.id ?? ''}:${practice.status}`} practice={practice} refetch={() => void refetch()} /> : null}
    </div>
  );
}
