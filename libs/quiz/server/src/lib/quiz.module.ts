import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgressModule } from '@culture-d/progress/server';
import { QuestionBankController } from './controllers/question-bank.controller';
import { QuizAnalyticsController } from './controllers/quiz-analytics.controller';
import { QuizController } from './controllers/quiz.controller';
import { quizEntities } from './entities';
import { QuizAnalytics } from './quiz-analytics';
import { QuizPersonalData } from './quiz-personal-data';
import { QuizQueries } from './quiz.queries';
import { QuestionBankUseCases } from './use-cases/question-bank.use-cases';
import { StartAttemptUseCase } from './use-cases/start-attempt.use-case';
import { SubmitAttemptUseCase } from './use-cases/submit-attempt.use-case';

/** Quizzes: question bank, attempts scored on the server, GIFT import/export, item statistics. */
@Module({
  imports: [TypeOrmModule.forFeature(quizEntities), ProgressModule],
  controllers: [QuizController, QuestionBankController, QuizAnalyticsController],
  providers: [QuizAnalytics, StartAttemptUseCase, SubmitAttemptUseCase, QuizQueries, QuestionBankUseCases, QuizPersonalData],
})
export class QuizModule {}
