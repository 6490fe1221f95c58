import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link, useParams } from 'react-router';
import {
  AdminTrainingModuleQuery,
  DeleteQuizQuestionMutation,
  DeleteTrainingLessonMutation,
  ReorderQuizQuestionsMutation,
  ReorderTrainingLessonsMutation,
  SaveQuizQuestionMutation,
  SaveTrainingLessonMutation,
  SaveTrainingModuleMutation,
  SetTrainingModuleStatusMutation,
  type QuestionKind,
  type ResultOf,
  type Ris3Step,
} from '@polisee/graphql';
import { DEVELOPMENT_AREAS, LOCALES, RIS3_STEPS, type DevelopmentArea } from '@polisee/domain';
import { ErrorAlert, Field, LoadError, Loading, developmentAreaLabels, useDocumentTitle } from '@polisee/ui';
import type { MessageDescriptor } from '@lingui/core';
import { readApiError } from '../../app/api-error';

type Module = NonNullable<ResultOf<typeof AdminTrainingModuleQuery>['trainingModule']>;
type Lesson = Module['lessons'][number];
type Question = Module['questionKeys'][number];

const stepLabels: Record<Ris3Step, MessageDescriptor> = {
  ANALYSIS: msg({ message: 'Analysis of the regional context', comment: 'RIS3 Guide step 1' }),
  GOVERNANCE: msg({ message: 'Governance', comment: 'RIS3 Guide step 2' }),
  VISION: msg({ message: 'Shared vision', comment: 'RIS3 Guide step 3' }),
  PRIORITIES: msg({ message: 'Priorities', comment: 'RIS3 Guide step 4' }),
  POLICY_MIX: msg({ message: 'Policy mix, roadmap and action plan', comment: 'RIS3 Guide step 5' }),
  MONITORING: msg({ message: 'Monitoring and evaluation', comment: 'RIS3 Guide step 6' }),
};
const kindLabels: Record<QuestionKind, MessageDescriptor> = {
  SINGLE: msg`One right answer`,
  MULTIPLE: msg`Several right answers`,
  ORDERING: msg`Put in order`,
};
const OPTION_IDS = 'abcdefgh'.split('');

/** Markdown as the portal shows it: no raw HTML. */
function Preview({ text }: { text: string }) {
  return (
    <div className="prose panel" data-testid="lesson-preview">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml>
        {text}
      </Markdown>
    </div>
  );
}

function ModuleForm({ module, onSaved }: { module: Module; onSaved: () => void }) {
  const { t, i18n } = useLingui();
  const [save, { loading }] = useMutation(SaveTrainingModuleMutation);
  const [form, setForm] = useState({
    title: module.title,
    summary: module.summary,
    ris3Step: (module.ris3Step ?? '') as Ris3Step | '',
    areas: module.developmentAreas as DevelopmentArea[],
    duration: String(module.durationMinutes),
    passMark: String(module.passMark),
    language: module.language,
  });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            id: module.id,
            title: form.title,
            summary: form.summary,
            ris3Step: form.ris3Step || null,
            developmentAreas: form.areas,
            durationMinutes: Number(form.duration),
            passMark: Number(form.passMark),
            language: form.language,
            resources: module.resources.map(({ kind, title, url }) => ({ kind, title, url })),
          },
        },
      });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(readApiError(err).message);
    }
  }
  return (
    <form className="panel form-grid" onSubmit={(e) => void onSubmit(e)} aria-labelledby="module-form-title">
      <h2 id="module-form-title">
        <Trans>Module</Trans>
      </h2>
      <Field label={t`Title`} required>
        {(c) => <input {...c} className="input" value={form.title} maxLength={200} onChange={(e) => setForm({ ...form, title: e.target.value })} required />}
      </Field>
      <Field label={t`Summary`}>
        {(c) => <textarea {...c} className="textarea" rows={3} maxLength={2000} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} />}
      </Field>
      <Field label={t`RIS3 Guide step`}>
        {(c) => (
          <select {...c} className="select" value={form.ris3Step} onChange={(e) => setForm({ ...form, ris3Step: e.target.value as Ris3Step | '' })}>
            <option value="">{t`None (a development-area module)`}</option>
            {RIS3_STEPS.map((s) => (
              <option key={s} value={s}>
                {i18n._(stepLabels[s])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="checkbox-field">
        <legend>
          <Trans>Development areas</Trans>
        </legend>
        {DEVELOPMENT_AREAS.map((a) => (
          <label key={a} className="check-option">
            <input
              type="checkbox"
              checked={form.areas.includes(a)}
              onChange={(e) => setForm({ ...form, areas: e.target.checked ? [...form.areas, a] : form.areas.filter((x) => x !== a) })}
            />{' '}
            {i18n._(developmentAreaLabels[a])}
          </label>
        ))}
      </fieldset>
      <Field label={t`Duration (minutes)`} required>
        {(c) => <input {...c} className="input" type="number" min={5} max={600} value={form.duration} onChange={(e) => setForm({ ...form, duration: e.target.value })} required />}
      </Field>
      <Field label={t`Pass mark (%)`} required>
        {(c) => <input {...c} className="input" type="number" min={1} max={100} value={form.passMark} onChange={(e) => setForm({ ...form, passMark: e.target.value })} required />}
      </Field>
      <Field label={t`Language of the texts`}>
        {(c) => (
          <select {...c} className="select" value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value })}>
            {LOCALES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.nativeName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {saved ? (
        <p role="status" className="alert alert--success">
          <Trans>Module saved.</Trans>
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          <Trans>Save the module</Trans>
        </button>
      </div>
    </form>
  );
}

function LessonEditor({ moduleId, lesson, onDone }: { moduleId: string; lesson: Lesson | null; onDone: () => void }) {
  const { t } = useLingui();
  const [save, { loading }] = useMutation(SaveTrainingLessonMutation);
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [body, setBody] = useState(lesson?.body ?? '');
  const [links, setLinks] = useState((lesson?.toolLinks ?? []).map((l) => `${l.label} | ${l.path}`).join('\n'));
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const toolLinks = links
      .split('\n')
      .map((line) => line.split('|').map((x) => x.trim()))
      .filter(([label, path]) => label && path)
      .map(([label, path]) => ({ label: label!, path: path! }));
    try {
      await save({ variables: { input: { id: lesson?.id ?? null, moduleId, title, body, toolLinks } } });
      onDone();
    } catch (err) {
      setError(readApiError(err).message);
    }
  }
  return (
    <form className="panel form-grid" onSubmit={(e) => void onSubmit(e)} aria-label={lesson ? t`Edit the lesson` : t`New lesson`} data-testid="lesson-editor">
      <Field label={t`Lesson title`} required>
        {(c) => <input {...c} className="input" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
      </Field>
      <Field label={t`Text (Markdown)`} hint={t`**bold**, *italic*, lists with -, links as [text](/path). HTML is removed.`} required>
        {(c) => <textarea {...c} className="textarea textarea--prose" rows={10} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} required />}
      </Field>
      <Field label={t`Links into the platform`} hint={t`One per line: label | /path, e.g. Benchmark Marche | /benchmarking/ITI3`}>
        {(c) => <textarea {...c} className="textarea" rows={3} value={links} onChange={(e) => setLinks(e.target.value)} />}
      </Field>
      <h3>
        <Trans>Preview</Trans>
      </h3>
      <Preview text={body} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          <Trans>Save the lesson</Trans>
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </form>
  );
}

function QuestionEditor({ moduleId, question, onDone }: { moduleId: string; question: Question | null; onDone: () => void }) {
  const { t, i18n } = useLingui();
  const [save, { loading }] = useMutation(SaveQuizQuestionMutation);
  // ORDERING is edited in the right order (the stored key); learners see it rotated.
  const initialLines = question
    ? question.kind === 'ORDERING'
      ? question.correctOptionIds.map((id) => question.options.find((o) => o.id === id)?.text ?? '')
      : question.options.map((o) => o.text)
    : ['', ''];
  const [kind, setKind] = useState<QuestionKind>(question?.kind ?? 'SINGLE');
  const [prompt, setPrompt] = useState(question?.prompt ?? '');
  const [options, setOptions] = useState(initialLines.join('\n'));
  const [right, setRight] = useState<number[]>(question && question.kind !== 'ORDERING' ? question.correctOptionIds.map((id) => question.options.findIndex((o) => o.id === id)) : []);
  const [explanation, setExplanation] = useState(question?.explanation ?? '');
  const [error, setError] = useState<string | null>(null);
  const lines = options
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OPTION_IDS.length);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const typed = lines.map((text, i) => ({ id: OPTION_IDS[i]!, text }));
    const shown = kind === 'ORDERING' && typed.length > 1 ? [...typed.slice(1), typed[0]!] : typed;
    const correctOptionIds = kind === 'ORDERING' ? typed.map((o) => o.id) : right.filter((i) => i < typed.length).map((i) => OPTION_IDS[i]!);
    try {
      await save({ variables: { input: { id: question?.id ?? null, moduleId, kind, prompt, options: shown, correctOptionIds, explanation } } });
      onDone();
    } catch (err) {
      setError(readApiError(err).message);
    }
  }
  return (
    <form className="panel form-grid" onSubmit={(e) => void onSubmit(e)} aria-label={question ? t`Edit the question` : t`New question`} data-testid="question-editor">
      <Field label={t`Kind of question`}>
        {(c) => (
          <select {...c} className="select" value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
            {(Object.keys(kindLabels) as QuestionKind[]).map((k) => (
              <option key={k} value={k}>
                {i18n._(kindLabels[k])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t`Question`} required>
        {(c) => <textarea {...c} className="textarea" rows={2} maxLength={1000} value={prompt} onChange={(e) => setPrompt(e.target.value)} required />}
      </Field>
      <Field
        label={t`Options, one per line`}
        hint={kind === 'ORDERING' ? t`Write them in the right order; learners see them shuffled.` : t`Two to eight options; tick the right ones below.`}
        required
      >
        {(c) => <textarea {...c} className="textarea" rows={5} value={options} onChange={(e) => setOptions(e.target.value)} required />}
      </Field>
      {kind !== 'ORDERING' ? (
        <fieldset className="checkbox-field">
          <legend>
            <Trans>Right answers</Trans>
          </legend>
          {lines.map((text, i) => (
            <label key={i} className="check-option">
              <input
                type={kind === 'SINGLE' ? 'radio' : 'checkbox'}
                name="right-answer"
                checked={right.includes(i)}
                onChange={(e) => setRight(kind === 'SINGLE' ? [i] : e.target.checked ? [...right, i] : right.filter((x) => x !== i))}
              />{' '}
              {text}
            </label>
          ))}
        </fieldset>
      ) : null}
      <Field label={t`Explanation shown after the answer`} required>
        {(c) => <textarea {...c} className="textarea" rows={3} maxLength={2000} value={explanation} onChange={(e) => setExplanation(e.target.value)} required />}
      </Field>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          <Trans>Save the question</Trans>
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </form>
  );
}

/** Up and down buttons that move one item of an ordered list. */
function MoveButtons({ index, count, label, onMove }: { index: number; count: number; label: string; onMove: (from: number, to: number) => void }) {
  const { t } = useLingui();
  return (
    <>
      <button type="button" className="button button--small button--secondary" disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={t`Move up: ${label}`}>
        ↑
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={t`Move down: ${label}`}
      >
        ↓
      </button>
    </>
  );
}

const moved = <T,>(xs: T[], from: number, to: number): T[] => {
  const next = [...xs];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/**
 * An ordered list of a module's parts (lessons, questions): each item's summary, up/down moves,
 * Edit (the editor opens in place) and Delete, and an Add button that opens an empty editor.
 */
function OrderedParts<T extends { id: string }>({
  items,
  testId,
  label,
  summary,
  editor,
  addLabel,
  onSaved,
  onReorder,
  onDelete,
}: {
  items: T[];
  testId: string;
  label: (item: T) => string;
  summary: (item: T) => ReactNode;
  /** The editor of an item (null: a new one); `onDone` closes it and reloads the module. */
  editor: (item: T | null, onDone: () => void) => ReactNode;
  onSaved: () => void;
  addLabel: ReactNode;
  onReorder: (ids: string[]) => void;
  onDelete: (id: string) => void;
}) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const done = () => {
    setEditing(null);
    onSaved();
  };
  return (
    <>
      <ol className="plain-list" data-testid={testId}>
        {items.map((item, i) => (
          <li key={item.id} className="panel">
            {summary(item)}
            <p className="row-actions">
              <MoveButtons index={i} count={items.length} label={label(item)} onMove={(from, to) => onReorder(moved(items, from, to).map((x) => x.id))} />
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing(item.id)}>
                <Trans>Edit</Trans>
              </button>
              <button type="button" className="button button--small button--danger-quiet" onClick={() => onDelete(item.id)}>
                <Trans>Delete</Trans>
              </button>
            </p>
            {editing === item.id ? editor(item, done) : null}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        editor(null, done)
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          {addLabel}
        </button>
      )}
    </>
  );
}

/** Authoring of one module: its details, lessons (with preview) and quiz, reordering, publishing. */
export function TrainingModulePage() {
  const { id = '' } = useParams();
  const { t } = useLingui();
  const { data, loading, error, refetch } = useQuery(AdminTrainingModuleQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const module = data?.trainingModule ?? null;
  useDocumentTitle(module ? module.title : t`Training module`, 'PoliSEE admin');
  const [actionError, setActionError] = useState<string | null>(null);
  const [setStatus] = useMutation(SetTrainingModuleStatusMutation);
  const [deleteLesson] = useMutation(DeleteTrainingLessonMutation);
  const [deleteQuestion] = useMutation(DeleteQuizQuestionMutation);
  const [reorderLessons] = useMutation(ReorderTrainingLessonsMutation);
  const [reorderQuestions] = useMutation(ReorderQuizQuestionsMutation);
  const [formKey, setFormKey] = useState(0);
  useEffect(() => setFormKey((k) => k + 1), [module?.id]);

  async function run(action: () => Promise<unknown>) {
    setActionError(null);
    try {
      await action();
      await refetch();
    } catch (err) {
      setActionError(readApiError(err).message);
    }
  }

  if (error) return <LoadError message={t`The module could not be loaded.`} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!module) {
    return (
      <section>
        <h1>
          <Trans>Training module not found</Trans>
        </h1>
        <Link to="/training">
          <Trans>All training modules</Trans>
        </Link>
      </section>
    );
  }
  const published = module.status === 'PUBLISHED';
  return (
    <section aria-labelledby="module-title">
      <p>
        <Link to="/training">
          <Trans>All training modules</Trans>
        </Link>
      </p>
      <div className="page-header">
        <h1 id="module-title">{module.title}</h1>
        <button
          type="button"
          className="button"
          onClick={() => void run(() => setStatus({ variables: { input: { id: module.id, status: published ? 'DRAFT' : 'PUBLISHED' } } }))}
        >
          {published ? t`Withdraw from the portal` : t`Publish on the portal`}
        </button>
      </div>
      <p className="muted" data-testid="module-status">
        {published ? <Trans>Published: visitors see it in the catalogue.</Trans> : <Trans>Draft: only administrators see it.</Trans>}{' '}
        {published ? (
          <a href={`/training/modules/${module.slug}`}>
            <Trans>Open on the portal</Trans>
          </a>
        ) : null}
      </p>
      {actionError ? <ErrorAlert>{actionError}</ErrorAlert> : null}
      <ModuleForm key={formKey} module={module} onSaved={() => void refetch()} />

      <h2>
        <Trans>Lessons</Trans>
      </h2>
      <OrderedParts
        items={module.lessons}
        testId="lesson-list"
        label={(l) => l.title}
        summary={(l) => (
          <p>
            <strong>{l.title}</strong>
          </p>
        )}
        editor={(l, done) => <LessonEditor moduleId={module.id} lesson={l} onDone={done} />}
        addLabel={<Trans>Add a lesson</Trans>}
        onSaved={() => void refetch()}
        onReorder={(ids) => void run(() => reorderLessons({ variables: { input: { moduleId: module.id, ids } } }))}
        onDelete={(id) => void run(() => deleteLesson({ variables: { id } }))}
      />

      <h2>
        <Trans>Quiz</Trans>
      </h2>
      <OrderedParts
        items={module.questionKeys}
        testId="question-list"
        label={(q) => q.prompt}
        summary={(q) => (
          <>
            <p>
              <strong>{q.prompt}</strong>
            </p>
            <ul>
              {(q.kind === 'ORDERING' ? q.correctOptionIds.map((oid) => q.options.find((o) => o.id === oid)!) : q.options).map((o) => (
                <li key={o.id}>
                  {o.text}
                  {q.kind !== 'ORDERING' && q.correctOptionIds.includes(o.id) ? (
                    <>
                      {' '}
                      <span className="badge badge--success">{t`right`}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            <p className="muted">{q.explanation}</p>
          </>
        )}
        editor={(q, done) => <QuestionEditor moduleId={module.id} question={q} onDone={done} />}
        addLabel={<Trans>Add a question</Trans>}
        onSaved={() => void refetch()}
        onReorder={(ids) => void run(() => reorderQuestions({ variables: { input: { moduleId: module.id, ids } } }))}
        onDelete={(id) => void run(() => deleteQuestion({ variables: { id } }))}
      />
    </section>
  );
}
