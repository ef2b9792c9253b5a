; Inno Setup script of the Windows installer: the one-folder bundle (dist\suite) into
; Program Files, Start-menu and desktop shortcuts, and an uninstaller that keeps the office's
; data folder (%LOCALAPPDATA%\suite: database, backups, settings). Built by the Windows
; workflow (.github/workflows/windows-bundle.yml): iscc tools\bundle\suite.iss
#define AppName "Back-Office Suite"
#define AppVersion GetEnv("SUITE_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1B7A52-4C0E-4F7B-9C1D-5B2A8E7D3F10}
AppName={#AppName}
AppVersion={#AppVersion}
DefaultDirName={autopf}\BackOfficeSuite
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=suite-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\suite\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\suite.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\suite.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\suite.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; nothing under [UninstallDelete]: the data folder stays when the program is removed
