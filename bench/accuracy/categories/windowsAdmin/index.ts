import type { CategoryTemplates } from '../../draft';
import { answerFilePositives } from './answerFiles';
import { automationPositives } from './automation';
import { batchPositives } from './batch';
import { windowsNegatives } from './negatives';
import { powershellPositives } from './powershell';

/**
 * Credentials where Windows admins and their scripts keep them: PowerShell, cmd/batch, unattend
 * and sysprep answer files, Group Policy Preferences, registry exports, .rdp files, IIS configs,
 * WinSCP/FileZilla/mRemoteNG stores, MDT and SQL Server setup files, Ansible/Packer/Vagrant for
 * Windows, VBScript, AutoIt/AutoHotkey, NTLM hashes and Kerberos keys in dump output. Written
 * blind, before reading how the detector handles these shapes (issue 11).
 */
export const windowsAdmin: CategoryTemplates = {
  positives: [...powershellPositives, ...batchPositives, ...answerFilePositives, ...automationPositives],
  negatives: windowsNegatives,
};
