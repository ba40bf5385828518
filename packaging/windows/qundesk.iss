; Inno Setup 6 script for the QunDesk installer (Windows 10/11, 64-bit).
; packaging/build.py runs it after PyInstaller with the values below; by hand:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\QunDesk /DOutputDir=..\..\dist packaging\windows\qundesk.iss
; Per-user install by default (no administrator rights needed); the user may choose all users.
; This file is UTF-8 with a byte order mark: without one Inno Setup reads a script in the
; system's ANSI code page, and the Chinese below would be garbled.

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
; The two executables (packaging/names.py; build.py passes them): the app without a console
; window, and the console twin for the command line. Names differ in more than case.
#ifndef GuiExe
  #define GuiExe "QunDesk.exe"
#endif
#ifndef CliExe
  #define CliExe "qundesk-cli.exe"
#endif
; The Start menu and desktop shortcuts carry both names, so Start's search finds 群台 and
; QunDesk alike; one name in every language, so switching languages leaves no second shortcut.
#define DisplayName "群台 QunDesk"
; Newer Inno Setup releases ship Chinese Simplified among their languages; older 6.x ones
; only as an unofficial download. With that file the whole wizard speaks Chinese; without it
; the [Messages] below still cover every page a normal install shows (rare errors: English).
#define ZhIsl AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"

[Setup]
; Keep this AppId for every release: it is how upgrades find the installed copy.
AppId={{6B0E6C2A-5D0F-4C1B-9C59-3A1D2E7F4B21}
AppName={#DisplayName}
AppVerName={#DisplayName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=QunDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\QunDesk
DefaultGroupName={#DisplayName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile=..\..\resources\icons\qundesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The wizard speaks the language of Windows' own display (Chinese on a Chinese Windows) and
; asks only when that is neither of ours.
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto
; the PATH task and the file types: tell Explorer and new terminals at the end
ChangesEnvironment=yes
ChangesAssociations=yes
; The app's data (databases, settings, logs) lives in %LOCALAPPDATA%\QunDesk\QunDesk and is
; never touched by the installer or the uninstaller.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(ZhIsl)
Name: "zh_CN"; MessagesFile: "compiler:Default.isl,compiler:Languages\ChineseSimplified.isl"
#else
Name: "zh_CN"; MessagesFile: "compiler:Default.isl"
#endif

[LangOptions]
zh_CN.LanguageName=简体中文
zh_CN.LanguageID=$0804
; 0: listed in the language dialog on every Windows, whatever its ANSI code page
zh_CN.LanguageCodePage=0

[Messages]
; Chinese for the pages and questions of an install and an uninstall (names as in Default.isl)
zh_CN.SetupAppTitle=安装
zh_CN.SetupWindowTitle=安装 - %1
zh_CN.UninstallAppTitle=卸载
zh_CN.UninstallAppFullTitle=卸载 %1
zh_CN.InformationTitle=信息
zh_CN.ConfirmTitle=确认
zh_CN.ErrorTitle=错误
zh_CN.SetupAppRunningError=安装程序发现 %1 正在运行。%n%n请先关闭它，然后单击“确定”继续，或单击“取消”退出。
zh_CN.UninstallAppRunningError=卸载程序发现 %1 正在运行。%n%n请先关闭它，然后单击“确定”继续，或单击“取消”退出。
zh_CN.PrivilegesRequiredOverrideInstruction=选择安装方式
zh_CN.PrivilegesRequiredOverrideTaskDialogText1=%1 可以为所有用户安装（需要管理员权限），也可以只为你安装。
zh_CN.PrivilegesRequiredOverrideMsgBoxText1=%1 可以为所有用户安装（推荐，但需要管理员权限），也可以只为你安装。%n%n为所有用户安装吗？
zh_CN.PrivilegesRequiredOverrideTaskDialogText2=%1 可以只为你安装，也可以为所有用户安装（需要管理员权限）。
zh_CN.PrivilegesRequiredOverrideMsgBoxText2=%1 可以只为你安装（推荐），也可以为所有用户安装（需要管理员权限）。%n%n只为你安装吗？
zh_CN.PrivilegesRequiredOverrideAllUsers=为所有用户安装(&A)
zh_CN.PrivilegesRequiredOverrideCurrentUser=只为我安装(&M)
zh_CN.PrivilegesRequiredOverrideRecommended=%1（推荐）
zh_CN.ExitSetupTitle=退出安装
zh_CN.ExitSetupMessage=安装尚未完成。如果现在退出，程序将不会被安装。%n%n你可以以后再运行安装程序完成安装。%n%n退出安装吗？
zh_CN.ButtonBack=< 上一步(&B)
zh_CN.ButtonNext=下一步(&N) >
zh_CN.ButtonInstall=安装(&I)
zh_CN.ButtonOK=确定
zh_CN.ButtonCancel=取消
zh_CN.ButtonYes=是(&Y)
zh_CN.ButtonYesToAll=全是(&A)
zh_CN.ButtonNo=否(&N)
zh_CN.ButtonNoToAll=全否(&O)
zh_CN.ButtonFinish=完成(&F)
zh_CN.ButtonBrowse=浏览(&B)...
zh_CN.ButtonWizardBrowse=浏览(&R)...
zh_CN.ButtonNewFolder=新建文件夹(&M)
zh_CN.SelectLanguageTitle=选择安装语言
zh_CN.SelectLanguageLabel=选择安装时使用的语言。
zh_CN.ClickNext=单击“下一步”继续，或单击“取消”退出安装。
zh_CN.BrowseDialogTitle=浏览文件夹
zh_CN.BrowseDialogLabel=在下面的列表中选择一个文件夹，然后单击“确定”。
zh_CN.NewFolderName=新建文件夹
zh_CN.WelcomeLabel1=欢迎使用 [name] 安装向导
zh_CN.WelcomeLabel2=现在将在你的电脑上安装 [name/ver]。%n%n建议先关闭其他程序再继续。
zh_CN.WizardSelectDir=选择安装位置
zh_CN.SelectDirDesc=要把 [name] 安装到哪里？
zh_CN.SelectDirLabel3=安装程序将把 [name] 安装到下面的文件夹。
zh_CN.SelectDirBrowseLabel=单击“下一步”继续。如果要选择其他文件夹，请单击“浏览”。
zh_CN.DiskSpaceMBLabel=至少需要 [mb] MB 可用磁盘空间。
zh_CN.DirExistsTitle=文件夹已存在
zh_CN.DirExists=文件夹：%n%n%1%n%n已经存在。仍要安装到这个文件夹吗？
zh_CN.DirDoesntExistTitle=文件夹不存在
zh_CN.DirDoesntExist=文件夹：%n%n%1%n%n不存在。要新建这个文件夹吗？
zh_CN.WizardSelectTasks=选择附加任务
zh_CN.SelectTasksDesc=要执行哪些附加任务？
zh_CN.SelectTasksLabel2=选择安装 [name] 时要执行的附加任务，然后单击“下一步”。
zh_CN.WizardReady=准备安装
zh_CN.ReadyLabel1=安装程序已准备好在你的电脑上安装 [name]。
zh_CN.ReadyLabel2a=单击“安装”开始安装；如果要检查或修改设置，请单击“上一步”。
zh_CN.ReadyLabel2b=单击“安装”开始安装。
zh_CN.ReadyMemoDir=安装位置：
zh_CN.ReadyMemoTasks=附加任务：
zh_CN.WizardPreparing=正在准备安装
zh_CN.PreparingDesc=安装程序正在准备在你的电脑上安装 [name]。
zh_CN.CannotContinue=安装无法继续。请单击“取消”退出。
zh_CN.ApplicationsFound=下列程序正在使用安装程序需要更新的文件。建议让安装程序自动关闭这些程序。
zh_CN.ApplicationsFound2=下列程序正在使用安装程序需要更新的文件。建议让安装程序自动关闭这些程序。安装完成后，安装程序会尝试重新启动它们。
zh_CN.CloseApplications=自动关闭这些程序(&A)
zh_CN.DontCloseApplications=不要关闭这些程序(&D)
zh_CN.WizardInstalling=正在安装
zh_CN.InstallingLabel=正在你的电脑上安装 [name]，请稍候。
zh_CN.StatusClosingApplications=正在关闭程序...
zh_CN.StatusCreateDirs=正在创建文件夹...
zh_CN.StatusExtractFiles=正在解压文件...
zh_CN.StatusCreateIcons=正在创建快捷方式...
zh_CN.StatusCreateRegistryEntries=正在写入注册表...
zh_CN.StatusSavingUninstall=正在保存卸载信息...
zh_CN.StatusRunProgram=正在完成安装...
zh_CN.StatusRollback=正在撤销更改...
zh_CN.FinishedHeadingLabel=[name] 安装完成
zh_CN.FinishedLabelNoIcons=[name] 已安装到你的电脑上。
zh_CN.FinishedLabel=[name] 已安装到你的电脑上。可以通过已创建的快捷方式启动它。
zh_CN.ClickFinish=单击“完成”退出安装。
zh_CN.RunEntryExec=运行 %1
zh_CN.SetupAborted=安装没有完成。%n%n请解决问题后重新运行安装程序。
zh_CN.ConfirmUninstall=确定要从电脑上删除 %1 及其所有组件吗？（你的数据库、备份和设置会保留。）
zh_CN.UninstallStatusLabel=正在从你的电脑上删除 %1，请稍候。
zh_CN.UninstalledAll=%1 已从你的电脑上删除。
zh_CN.UninstalledMost=%1 卸载完成。%n%n有些项目无法删除，可以手动删除。
zh_CN.WizardUninstalling=卸载状态
zh_CN.StatusUninstalling=正在卸载 %1...
zh_CN.UninstallDisplayNameMarkAllUsers=所有用户
zh_CN.UninstallDisplayNameMarkCurrentUser=当前用户

[CustomMessages]
en.AddToPath=Add qundesk-cli to the &PATH (QunDesk's commands in a terminal)
zh_CN.AddToPath=添加到 PATH，在终端里使用 qundesk-cli 命令(&P)
en.CommandLine=Command line:
zh_CN.CommandLine=命令行：
en.DatabaseType=QunDesk database
zh_CN.DatabaseType=群台数据库
zh_CN.AdditionalIcons=附加快捷方式：
zh_CN.CreateDesktopIcon=创建桌面快捷方式(&D)
zh_CN.LaunchProgram=运行 %1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#DisplayName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#DisplayName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .qundesk is QunDesk's own extension: opened by it on a double-click.
Root: HKA; Subkey: "Software\Classes\.qundesk"; ValueType: string; ValueName: ""; ValueData: "QunDesk.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.qundesk\OpenWithProgids"; ValueType: string; ValueName: "QunDesk.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\QunDesk.Database"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\QunDesk.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\QunDesk.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; .sqlite and .db belong to no one program: QunDesk is only offered under "Open with", and
; whatever opens them on a double-click stays as it was.
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "QunDesk.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.db\OpenWithProgids"; ValueType: string; ValueName: "QunDesk.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#DisplayName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".qundesk"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".db"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#DisplayName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; files of an older version that this one no longer ships
Type: filesandordirs; Name: "{app}\_internal"
; the shortcuts of earlier versions, named QunDesk only
Type: files; Name: "{autoprograms}\QunDesk.lnk"
Type: files; Name: "{autodesktop}\QunDesk.lnk"

[Code]
// The "addtopath" task: {app} on the user's own PATH (HKCU\Environment), so a new terminal
// finds qundesk-cli; the uninstaller takes it off again. ChangesEnvironment=yes tells
// Explorer, so terminals opened afterwards see it without signing out.
const
  EnvironmentKey = 'Environment';

function PathHolds(Paths, Dir: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

procedure AddToUserPath(Dir: string);
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Paths) then
    Paths := '';
  if PathHolds(Paths, Dir) then
    exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Paths + Dir);
end;

procedure RemoveFromUserPath(Dir: string);
var
  Paths: string;
  At: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Paths) then
    exit;
  Paths := ';' + Paths + ';';
  At := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if At = 0 then
    exit;
  Delete(Paths, At, Length(Dir) + 1);
  // drop the ';' added at either end above
  if Length(Paths) >= 2 then
    Paths := Copy(Paths, 2, Length(Paths) - 2)
  else
    Paths := '';
  RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Paths);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToUserPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromUserPath(ExpandConstant('{app}'));
end;
