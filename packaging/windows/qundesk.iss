; Inno Setup 6 script for the QunDesk installer (Windows 10/11, 64-bit).
; packaging/build.py runs it after PyInstaller with the values below; by hand:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\QunDesk /DOutputDir=..\..\dist packaging\windows\qundesk.iss
; Per-user install by default (no administrator rights needed); the user may choose all users.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\QunDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "QunDesk-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
; Keep this AppId for every release: it is how upgrades find the installed copy.
AppId={{6B0E6C2A-5D0F-4C1B-9C59-3A1D2E7F4B21}
AppName=QunDesk
AppVerName=QunDesk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=QunDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\QunDesk
DefaultGroupName=QunDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile=..\..\resources\icons\qundesk.ico
UninstallDisplayIcon={app}\QunDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app's data (databases, settings, logs) lives in %LOCALAPPDATA%\QunDesk and is never
; touched by the installer or the uninstaller.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Simplified Chinese file; download ChineseSimplified.isl from the
; unofficial translations (https://jrsoftware.org/files/istrans/) into the Languages folder
; and uncomment:
; Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
; Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\QunDesk"; Filename: "{app}\QunDesk.exe"
Name: "{autodesktop}\QunDesk"; Filename: "{app}\QunDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\QunDesk.exe"; Description: "{cm:LaunchProgram,QunDesk}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; files of an older version that this one no longer ships
Type: filesandordirs; Name: "{app}\_internal"
