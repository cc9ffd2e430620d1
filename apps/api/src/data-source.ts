import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './app/database';
import { entities } from './app/entities';

/** For the TypeORM CLI only (`npm run db:migration:generate`); the application builds its own connection. */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required by the migration CLI');
export default new DataSource({ ...dataSourceOptions(url), entities });
