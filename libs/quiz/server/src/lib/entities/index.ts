/** Every entity of the quiz domain (question bank, attempts), for the connection and the migration CLI. */
export const quizEntities: (new () => unknown)[] = [];
