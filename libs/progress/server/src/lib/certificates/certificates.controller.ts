import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CertificateResponse, CertificateVerificationResponse } from '@culture-d/progress/contracts';
import { CurrentPrincipal, Public, SignedIn, type Principal } from '@culture-d/shared/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificatesService } from './certificates.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @SignedIn()
  @Get('me/certificates')
  mine(@CurrentPrincipal() principal: Principal): Promise<CertificateResponse[]> {
    return this.certificates.mine(principal.userId);
  }

  @SignedIn()
  @Get('me/certificates/:id/pdf')
  @ApiProduces('application/pdf')
  async pdf(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { filename, bytes } = await this.certificates.pdfOf(principal.userId, id);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `attachment; filename="${filename}"`).header('Cache-Control', 'private, no-store');
    return Buffer.from(bytes);
  }

  /** Public verification by code (throttled per IP): what the certificate says, nothing else about the person. */
  @Public()
  @Get('certificates/:code')
  verify(@Param('code') code: string, @Req() request: FastifyRequest): Promise<CertificateVerificationResponse> {
    return this.certificates.verify(code, request.ip);
  }
}
