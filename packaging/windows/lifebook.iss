; Inno Setup script for Lifebook on Windows.
;
; Installs per user, without administrator rights (council laptops), into
; %LOCALAPPDATA%\Programs\Lifebook, with a Start-menu entry and the .lifebook
; case-bundle file association for this user only.
;
; Build the app first (python packaging\build.py), then, from the checkout:
;   iscc /DAppVersion=0.1.0 packaging\windows\lifebook.iss
; The installer is written to dist\installer\.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0B8E0A-5A52-4C3B-9F44-1B1E5C2D7A31}
AppName=Lifebook
AppVersion={#AppVersion}
AppPublisher=The Lifebook developers
DefaultDirName={localappdata}\Programs\Lifebook
DefaultGroupName=Lifebook
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=Lifebook-{#AppVersion}-setup
SetupIconFile=..\..\build\lifebook.ico
UninstallDisplayIcon={app}\Lifebook.exe
LicenseFile=..\..\LICENSE
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Lifebook\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Lifebook"; Filename: "{app}\Lifebook.exe"; Comment: "Life story books, words and pictures and later life letters"
Name: "{userdesktop}\Lifebook"; Filename: "{app}\Lifebook.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Put a Lifebook icon on the desktop"; Flags: unchecked

[Registry]
; the .lifebook case bundle, for this user only (HKCU: no admin rights needed)
Root: HKCU; Subkey: "Software\Classes\.lifebook"; ValueType: string; ValueName: ""; ValueData: "Lifebook.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Lifebook.Bundle"; ValueType: string; ValueName: ""; ValueData: "Lifebook case bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Lifebook.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Lifebook.exe,0"
Root: HKCU; Subkey: "Software\Classes\Lifebook.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Lifebook.exe"" ""%1"""

[Run]
Filename: "{app}\Lifebook.exe"; Description: "Open Lifebook now"; Flags: nowait postinstall skipifsilent
