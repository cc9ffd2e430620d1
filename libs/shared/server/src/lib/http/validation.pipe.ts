import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ProblemFieldError } from '@culture-d/shared/contracts';
import { RequestValidationException } from './problem-details.filter';

/**
 * The global pipe (ARCHITECTURE.md): strips nothing silently — unknown fields are refused —, converts types
 * and reports every broken field by its path (`guest.email`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationException(flatten(errors)),
  });
}

export function flatten(errors: ValidationError[], prefix = ''): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
