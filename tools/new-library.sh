#!/usr/bin/env bash
# usage: mklib.sh path scope type platform(any|server|web)
set -e
dir=$1; scope=$2; type=$3; platform=$4
name=$(echo "$dir" | sed 's#^libs/##; s#/#-#g')
mkdir -p "$dir/src/lib"
depth=$(echo "$dir" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 $depth))
cat > "$dir/project.json" <<J
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": ["scope:$scope", "type:$type", "platform:$platform"],
  "targets": {
    "typecheck": {
      "executor": "nx:run-commands",
      "cache": true,
      "inputs": ["default", "^default"],
      "options": { "command": "tsc -p $dir/tsconfig.lib.json --noEmit && tsc -p $dir/tsconfig.spec.json --noEmit" }
    }
  }
}
J
if [ "$platform" = web ]; then
cat > "$dir/tsconfig.json" <<J
{
  "extends": "${up}tsconfig.base.json",
  "compilerOptions": {
    "strict": true,
    "noImplicitOverride": true,
    "noPropertyAccessFromIndexSignature": true,
    "noImplicitReturns": true,
    "noFallthroughCasesInSwitch": true,
    "isolatedModules": true,
    "target": "es2022",
    "module": "preserve",
    "emitDecoratorMetadata": false
  },
  "angularCompilerOptions": { "strictInjectionParameters": true, "strictInputAccessModifiers": true, "strictTemplates": true },
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
J
cat > "$dir/tsconfig.lib.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": [] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/test-setup.ts"]
}
J
cat > "$dir/tsconfig.spec.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "module": "commonjs", "moduleResolution": "node10", "target": "es2016", "types": ["jest", "node"] },
  "files": ["src/test-setup.ts"],
  "include": ["src/**/*.spec.ts", "src/**/*.d.ts"]
}
J
cat > "$dir/src/test-setup.ts" <<J
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });
J
cat > "$dir/jest.config.cjs" <<J
module.exports = {
  displayName: '$name',
  preset: '${up}jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '${up}coverage/$dir',
  transform: {
    '^.+\\\\.(ts|mjs|js|html)\$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\\\.(html|svg)\$' }],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\\\.mjs\$)'],
};
J
else
cat > "$dir/tsconfig.json" <<J
{
  "extends": "${up}tsconfig.base.json",
  "compilerOptions": {
    "module": "commonjs",
    "moduleResolution": "node10",
    "target": "es2022",
    "strict": true,
    "noImplicitOverride": true,
    "noImplicitReturns": true,
    "noFallthroughCasesInSwitch": true,
    "forceConsistentCasingInFileNames": true,
    "esModuleInterop": true
  },
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
J
cat > "$dir/tsconfig.lib.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts"]
}
J
cat > "$dir/tsconfig.spec.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": ["jest", "node"] },
  "include": ["src/**/*.spec.ts", "src/**/*.d.ts"]
}
J
cat > "$dir/jest.config.cjs" <<J
module.exports = {
  displayName: '$name',
  preset: '${up}jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\\\.ts\$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  coverageDirectory: '${up}coverage/$dir',
};
J
fi
[ -f "$dir/src/index.ts" ] || echo "" > "$dir/src/index.ts"
echo "$name"
