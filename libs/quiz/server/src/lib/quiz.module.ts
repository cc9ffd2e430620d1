import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { quizEntities } from './entities';

/** Quizzes: question bank, attempts scored on the server, GIFT import/export, item statistics. */
@Module({
  imports: [TypeOrmModule.forFeature(quizEntities)],
  controllers: [],
  providers: [],
})
export class QuizModule {}
