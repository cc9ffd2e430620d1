export { AnalyticsModule } from './lib/analytics.module';
