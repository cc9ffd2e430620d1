import { AttemptAnswerEntity } from './attempt-answer.entity';
import { QuestionEntity } from './question.entity';
import { QuizAttemptEntity, type PresentedQuestion } from './quiz-attempt.entity';

export { AttemptAnswerEntity, QuestionEntity, QuizAttemptEntity, type PresentedQuestion };
/** Every entity of the quiz domain (question bank, attempts), for the connection and the migration CLI. */
export const quizEntities = [QuestionEntity, QuizAttemptEntity, AttemptAnswerEntity];
