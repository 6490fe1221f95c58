import { useMutation, useQuery } from '@apollo/client/react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link, useParams } from 'react-router';
import { CompleteLessonsMutation, TrainingModuleQuery, type ResultOf } from '@polisee/graphql';
import { LoadError, Loading, developmentAreaLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { ris3StepLabels } from './labels';
import { localProgress, saveLocalAttempt, saveLocalLesson } from './local-progress';
import { Quiz } from './quiz';
import { TrainingNav } from './training-nav';
import { useLearner } from './use-learner';

type Module = NonNullable<ResultOf<typeof TrainingModuleQuery>['trainingModule']>;
type Lesson = Module['lessons'][number];

/** Lesson text: Markdown without raw HTML (react-markdown escapes it; the API strips it too). */
function Prose({ text }: { text: string }) {
  return (
    <div className="prose">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml>
        {text}
      </Markdown>
    </div>
  );
}

function LessonArticle({ lesson, number, done, onDone, pageLocale }: { lesson: Lesson; number: number; done: boolean; onDone: () => void; pageLocale: string }) {
  const format = useFormat();
  const language = format.language(lesson.displayedLanguage);
  const title = lesson.title;
  return (
    <article className="card lesson" aria-labelledby={`lesson-${lesson.id}`} data-testid="lesson">
      <h2 id={`lesson-${lesson.id}`}>
        <Trans>
          Lesson {number}: {title}
        </Trans>
      </h2>
      {lesson.displayedLanguage !== pageLocale ? (
        <p className="badge badge--muted">
          <Trans>Text in {language}</Trans>
        </p>
      ) : null}
      <Prose text={lesson.body} />
      {lesson.toolLinks.length ? (
        <ul className="plain-list tool-links">
          {lesson.toolLinks.map((l) => (
            <li key={l.path}>
              <Link to={l.path}>{l.label} →</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {done ? (
        <p className="badge badge--success" data-testid="lesson-done">
          <Trans>Lesson done</Trans>
        </p>
      ) : (
        <button type="button" className="button button--secondary" onClick={onDone}>
          <Trans>Mark lesson {number} as done</Trans>
        </button>
      )}
    </article>
  );
}

/** A module: its lessons (with progress), resources and the quiz. */
export function TrainingModulePage() {
  const { moduleSlug = '' } = useParams();
  const { t, i18n } = useLingui();
  const { data, error, loading, refetch } = useQuery(TrainingModuleQuery, { variables: { slug: moduleSlug } });
  const module = data?.trainingModule ?? null;
  useDocumentTitle(module ? module.title : error || (data && !module) ? t`Training module not found` : t`Training module`);
  const { learner, progress, refetchProgress } = useLearner();
  const [localDone, setLocalDone] = useState<string[]>([]);
  const [complete] = useMutation(CompleteLessonsMutation);
  const synced = useRef(false);

  useEffect(() => {
    if (module) setLocalDone(localProgress(module.id).lessons);
  }, [module]);

  // Lessons a visitor finished before signing in are kept on the server once signed in.
  useEffect(() => {
    if (!module || !learner || synced.current) return;
    synced.current = true;
    const server = progress.find((p) => p.moduleId === module.id)?.completedLessonIds ?? [];
    const missing = localProgress(module.id).lessons.filter((id) => !server.includes(id) && module.lessons.some((l) => l.id === id));
    if (missing.length) void complete({ variables: { lessonIds: missing } }).then(() => refetchProgress());
  }, [module, learner, progress, complete, refetchProgress]);

  if (error) return <LoadError message={t`The module could not be loaded.`} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!module) {
    return (
      <section className="container section">
        <h1>
          <Trans>Training module not found</Trans>
        </h1>
        <p>
          <Link to="/training">
            <Trans>All training modules</Trans>
          </Link>
        </p>
      </section>
    );
  }

  const server = progress.find((p) => p.moduleId === module.id);
  const done = learner ? (server?.completedLessonIds ?? []) : localDone;
  const doneCount = module.lessons.filter((l) => done.includes(l.id)).length;
  const total = module.lessons.length;
  const minutes = module.durationMinutes;
  const tags = [module.ris3Step ? i18n._(ris3StepLabels[module.ris3Step]) : null, ...module.developmentAreas.map((a) => i18n._(developmentAreaLabels[a]))].filter(Boolean).join(' · ');

  async function markDone(lessonId: string) {
    // Kept in the browser in any case, so a sign-out or a lost connection keeps it too.
    setLocalDone(saveLocalLesson(module!.id, lessonId).lessons);
    if (learner) {
      await complete({ variables: { lessonIds: [lessonId] } }).catch(() => null);
      await refetchProgress();
    }
  }

  return (
    <div className="container section training-module">
      <p>
        <Link to="/training">
          <Trans>All training modules</Trans>
        </Link>
      </p>
      <h1>{module.title}</h1>
      <p className="muted">{tags}</p>
      <p className="lead">{module.summary}</p>
      <p>
        <Trans>{minutes} minutes</Trans> ·{' '}
        <span data-testid="module-progress">
          <Trans>
            {doneCount} of {total} lessons done
          </Trans>
        </span>
        {server?.passed ? (
          <>
            {' '}
            · <Trans>Quiz passed</Trans>
          </>
        ) : null}
      </p>
      {!learner ? (
        <p className="muted">
          <Trans>Your progress is kept in this browser. Sign in to keep it with your account and earn a certificate.</Trans>
        </p>
      ) : null}
      <TrainingNav learner={learner} />
      {module.lessons.map((l, i) => (
        <LessonArticle key={l.id} lesson={l} number={i + 1} done={done.includes(l.id)} onDone={() => void markDone(l.id)} pageLocale={i18n.locale} />
      ))}
      {module.resources.length ? (
        <section aria-labelledby="resources-title" className="card">
          <h2 id="resources-title">
            <Trans>Resources</Trans>
          </h2>
          <p className="muted">
            <Plural value={module.resources.length} one="# document or link to read further" other="# documents and links to read further" />
          </p>
          <ul>
            {module.resources.map((r) => (
              <li key={r.url}>
                {r.url.startsWith('/') ? (
                  <Link to={r.url}>{r.title}</Link>
                ) : (
                  <a href={r.url} rel="noopener noreferrer" target="_blank">
                    {r.title}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Quiz
        key={module.id}
        module={module}
        learner={learner}
        onResult={(r) => {
          saveLocalAttempt(module.id, r.percent, r.passed);
          void refetchProgress();
        }}
      />
    </div>
  );
}
