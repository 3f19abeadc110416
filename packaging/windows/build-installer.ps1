# Builds the Windows installer (BadgeDesk-<version>-win64.exe). Run from a "x64 Native Tools
# Command Prompt for VS 2022" PowerShell, with VCPKG_ROOT set and NSIS 3 on PATH (makensis).
# See packaging/windows/README.md. Not run by the project's CI (which is Debian only).
$ErrorActionPreference = "Stop"
$repo = Resolve-Path "$PSScriptRoot\..\.."
$build = Join-Path $repo "build\windows"
$triplet = "x64-windows"

cmake -S $repo -B $build -G Ninja `
    -DCMAKE_BUILD_TYPE=Release `
    -DCMAKE_TOOLCHAIN_FILE="$env:VCPKG_ROOT\scripts\buildsystems\vcpkg.cmake" `
    -DVCPKG_MANIFEST_DIR="$repo\packaging\windows" `
    -DVCPKG_TARGET_TRIPLET=$triplet `
    -DBADGEDESK_RUNTIME_DIRS="$build\vcpkg_installed\$triplet\bin" `
    -DBADGEDESK_BUILD_TESTS=OFF
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
cmake --build $build
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
# CPack runs the install step (windeployqt and the DLL copy) into its staging folder, then NSIS.
cpack --config "$build\CPackConfig.cmake" -B "$build\packages"
exit $LASTEXITCODE
