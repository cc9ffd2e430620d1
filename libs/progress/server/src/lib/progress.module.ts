import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { progressEntities } from './entities';

/** Progress: enrolments, activity progress and resume, learning record, competency profile, certificates. */
@Module({
  imports: [TypeOrmModule.forFeature(progressEntities)],
  controllers: [],
  providers: [],
  exports: [],
})
export class ProgressModule {}
