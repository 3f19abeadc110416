<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CatalogFieldFormat</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Credentialing body</source>
            <translation>Entidad certificadora</translation>
        </message>
        <message>
            <source>Testing vendor</source>
            <translation>Proveedor de la evaluación</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Program area</source>
            <translation>Área del programa</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>Vigente desde</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <source>Vendor badges it</source>
            <translation>La otorga el proveedor</translation>
        </message>
        <message>
            <source>CareerTech badges it</source>
            <translation>La otorga CareerTech</translation>
        </message>
        <message>
            <source>Credly template</source>
            <translation>Plantilla de Credly</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>CredlyEnvironment</name>
        <message>
            <source>PRACTICE</source>
            <translation>PRÁCTICA</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
        <message>
            <source>PRODUCTION</source>
            <translation>PRODUCCIÓN</translation>
        </message>
    </context>
    <context>
        <name>NoticeLanguage</name>
        <message>
            <source>Spanish (Español)</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés (English)</translation>
        </message>
    </context>
    <context>
        <name>PreflightRow</name>
        <message>
            <source>Will be issued</source>
            <translation>Se emitirá</translation>
        </message>
        <message>
            <source>Already at Credly</source>
            <translation>Ya está en Credly</translation>
        </message>
        <message>
            <source>Issued before</source>
            <translation>Emitida antes</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueada</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Sin verificar</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>The list has no %1 column. Check that the first row of the sheet holds the column names, or rename the column in the file.</source>
            <translation>La lista no tiene la columna %1. Verifique que la primera fila de la hoja contenga los nombres de las columnas, o cambie el nombre de la columna en el archivo.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>Row %1 has no assessment code and was skipped.</source>
            <translation>La fila %1 no tiene código de evaluación y se omitió.</translation>
        </message>
        <message>
            <source>Row %1: code %2 was stored as a number; read as %3.</source>
            <translation>Fila %1: el código %2 estaba guardado como número; se leyó como %3.</translation>
        </message>
        <message>
            <source>Row %1 repeats code %2 from row %3; the first row was kept.</source>
            <translation>La fila %1 repite el código %2 de la fila %3; se conservó la primera fila.</translation>
        </message>
        <message>
            <source>Row %1: code %2 has no title, so the row was skipped; the catalog's entry for %2, if any, is left as it is.</source>
            <translation>Fila %1: el código %2 no tiene título, así que se omitió la fila; la entrada del catálogo para %2, si existe, queda como está.</translation>
        </message>
        <message>
            <source>Row %1: "%2" is not a yes/no value for %3; read as No.</source>
            <translation>Fila %1: «%2» no es un valor sí/no para %3; se leyó como No.</translation>
        </message>
        <message>
            <source>Row %1: "%2" is not a date or fiscal year for %3; left empty.</source>
            <translation>Fila %1: «%2» no es una fecha ni un año fiscal para %3; se dejó vacío.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Marked both as badged by its vendor and by CareerTech: a student would get two badges.</source>
            <translation>Marcada como otorgada por su proveedor y por CareerTech a la vez: un estudiante recibiría dos insignias.</translation>
        </message>
        <message>
            <source>CareerTech badges this assessment but no Credly badge template is mapped: pick one.</source>
            <translation>CareerTech otorga la insignia de esta evaluación pero no tiene asignada una plantilla de insignia de Credly: elija una.</translation>
        </message>
        <message>
            <source>Template %1 is not among the Credly templates of this environment: pick one from the list, or refresh the templates from Credly.</source>
            <translation>La plantilla %1 no está entre las plantillas de Credly de este entorno: elija una de la lista o actualice las plantillas desde Credly.</translation>
        </message>
        <message>
            <source>The Credly template "%1" is archived, so Credly refuses badges from it: pick an active template.</source>
            <translation>La plantilla de Credly «%1» está archivada, así que Credly rechaza insignias de ella: elija una plantilla activa.</translation>
        </message>
        <message>
            <source>The Credly template "%1" is %2, not active: publish it in Credly or pick an active template.</source>
            <translation>La plantilla de Credly «%1» está en estado %2, no activa: publíquela en Credly o elija una plantilla activa.</translation>
        </message>
        <message>
            <source>Import this month's export to begin.</source>
            <translation>Importe la exportación de este mes para comenzar.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) imported.</source>
            <translation>
                <numerusform>%n fila importada.</numerusform>
                <numerusform>%n filas importadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) still to approve or reject.</source>
            <translation>
                <numerusform>Falta aprobar o rechazar %n fila.</numerusform>
                <numerusform>Faltan aprobar o rechazar %n filas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row is decided.</source>
            <translation>Todas las filas tienen una decisión.</translation>
        </message>
        <message>
            <source>No row is approved: there is nothing to sign off.</source>
            <translation>No hay ninguna fila aprobada: no hay nada a lo que dar el visto bueno.</translation>
        </message>
        <message>
            <source>Sign-off voided by an edit: sign off again.</source>
            <translation>Visto bueno anulado por una edición: vuelva a dar el visto bueno.</translation>
        </message>
        <message numerus="yes">
            <source>Sign off the %n approved row(s).</source>
            <translation>
                <numerusform>Dé el visto bueno a la fila aprobada (%n).</numerusform>
                <numerusform>Dé el visto bueno a las %n filas aprobadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed off.</source>
            <translation>Con visto bueno.</translation>
        </message>
        <message>
            <source>Send the students the notice before Credly writes to them.</source>
            <translation>Envíe el aviso a los estudiantes antes de que Credly les escriba.</translation>
        </message>
        <message numerus="yes">
            <source>Notice wait: %n day(s) left.</source>
            <translation>
                <numerusform>Espera del aviso: queda %n día.</numerusform>
                <numerusform>Espera del aviso: quedan %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice sent.</source>
            <translation>Aviso enviado.</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) failed: see the Issue page.</source>
            <translation>
                <numerusform>Falló %n insignia: vea la página Emitir.</numerusform>
                <numerusform>Fallaron %n insignias: vea la página Emitir.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 badges issued.</source>
            <translation>%1 de %2 insignias emitidas.</translation>
        </message>
        <message numerus="yes">
            <source>All %n badge(s) issued.</source>
            <translation>
                <numerusform>Se emitió la insignia (%n).</numerusform>
                <numerusform>Se emitieron las %n insignias.</numerusform>
            </translation>
        </message>
        <message>
            <source>The month is done.</source>
            <translation>El mes está terminado.</translation>
        </message>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 no existe. Verifique el nombre del archivo y la carpeta.</translation>
        </message>
        <message>
            <source>%1 is an old Excel 97-2003 workbook. Open it in Excel and save it as an .xlsx workbook or a .csv file, then import that.</source>
            <translation>%1 es un libro antiguo de Excel 97-2003. Ábralo en Excel y guárdelo como libro .xlsx o archivo .csv, y luego importe ese archivo.</translation>
        </message>
        <message>
            <source>%1 is not a spreadsheet BadgeDesk reads. Save the list as an .xlsx workbook or a .csv file and import that.</source>
            <translation>%1 no es una hoja de cálculo que BadgeDesk pueda leer. Guarde la lista como libro .xlsx o archivo .csv e importe ese archivo.</translation>
        </message>
        <message>
            <source>%1 is empty. Check that you picked the right file.</source>
            <translation>%1 está vacío. Verifique que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <source>%1: no header row found in the first %2 rows. %3</source>
            <translation>%1: no se encontró una fila de encabezados en las primeras %2 filas. %3</translation>
        </message>
        <message>
            <source>Row %1 looks like a totals line ("%2") and was skipped.</source>
            <translation>La fila %1 parece una línea de totales («%2») y se omitió.</translation>
        </message>
        <message>
            <source>%1 could not be read past row %2: %3. Nothing was imported.</source>
            <translation>No se pudo leer %1 más allá de la fila %2: %3. No se importó nada.</translation>
        </message>
        <message>
            <source>Name the export file with .xlsx or .csv at the end, e.g. catalog.xlsx.</source>
            <translation>Ponga .xlsx o .csv al final del nombre del archivo de exportación, p. ej. catalogo.xlsx.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <source>Could not make a temporary folder for the export: %1</source>
            <translation>No se pudo crear una carpeta temporal para la exportación: %1</translation>
        </message>
        <message>
            <source>An assessment needs a code and a title.</source>
            <translation>Una evaluación necesita un código y un título.</translation>
        </message>
        <message>
            <source>Code %1 is already in the catalog; edit that entry instead.</source>
            <translation>El código %1 ya está en el catálogo; edite esa entrada.</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>Se agregó %1</translation>
        </message>
        <message>
            <source>Code %1 is not in the catalog.</source>
            <translation>El código %1 no está en el catálogo.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>No hay nada que cambiar.</translation>
        </message>
        <message numerus="yes">
            <source>Edited %n entries</source>
            <translation>
                <numerusform>Se editó %n entrada</numerusform>
                <numerusform>Se editaron %n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retired %n entries</source>
            <translation>
                <numerusform>Se retiró %n entrada</numerusform>
                <numerusform>Se retiraron %n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is used by imported certification rows (%n), so it stays in the catalog: retire it instead.</source>
            <translation>
                <numerusform>%1 se usa en una fila de certificación importada (%n), así que se queda en el catálogo: retírela en su lugar.</numerusform>
                <numerusform>%1 se usa en %n filas de certificación importadas, así que se queda en el catálogo: retírela en su lugar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to delete.</source>
            <translation>No hay nada que eliminar.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries</source>
            <translation>
                <numerusform>Se eliminó %n entrada</numerusform>
                <numerusform>Se eliminaron %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>The catalog changed after the preview was made (%1). Import the list again to see an up-to-date preview.</source>
            <translation>El catálogo cambió después de hacerse la vista previa (%1). Importe la lista otra vez para ver una vista previa actualizada.</translation>
        </message>
        <message numerus="yes">
            <source>Choose the date from which the assessments missing from the list (%n) are retired.</source>
            <translation>
                <numerusform>Elija la fecha desde la que se retira la evaluación que falta en la lista (%n).</numerusform>
                <numerusform>Elija la fecha desde la que se retiran las evaluaciones que faltan en la lista (%n).</numerusform>
            </translation>
        </message>
        <message>
            <source>The list matches the catalog; nothing to apply.</source>
            <translation>La lista coincide con el catálogo; no hay nada que aplicar.</translation>
        </message>
        <message>
            <source>Imported %1: %2 added, %3 changed, %4 retired</source>
            <translation>Se importó %1: %2 agregadas, %3 cambiadas, %4 retiradas</translation>
        </message>
        <message>
            <source>%1 has changed since; undo the later changes first.</source>
            <translation>%1 cambió desde entonces; primero deshaga los cambios posteriores.</translation>
        </message>
        <message>
            <source>%1 exists again; undo the later changes first.</source>
            <translation>%1 existe otra vez; primero deshaga los cambios posteriores.</translation>
        </message>
        <message>
            <source>There is no change set %1 to undo.</source>
            <translation>No hay un conjunto de cambios %1 que deshacer.</translation>
        </message>
        <message>
            <source>Undid change set %1</source>
            <translation>Se deshizo el conjunto de cambios %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>No se pudo guardar %1: %2</translation>
        </message>
        <message>
            <source>Cannot read the database %1: %2. Check that the file exists and that you may read it, or start with another file using --db.</source>
            <translation>No se puede leer la base de datos %1: %2. Verifique que el archivo exista y que tenga permiso para leerlo, o comience con otro archivo usando --db.</translation>
        </message>
        <message>
            <source>%1 is not a BadgeDesk database (it is not an SQLite file). It was left untouched. Open the right file with --db, or move this one away to start a new database there.</source>
            <translation>%1 no es una base de datos de BadgeDesk (no es un archivo SQLite). No se modificó. Abra el archivo correcto con --db, o mueva este a otro lugar para crear allí una base de datos nueva.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Check its permissions or choose another place with --db.</source>
            <translation>No se puede crear la carpeta %1 para la base de datos. Verifique sus permisos o elija otro lugar con --db.</translation>
        </message>
        <message>
            <source>Cannot create the database %1: %2. Choose another place with --db.</source>
            <translation>No se puede crear la base de datos %1: %2. Elija otro lugar con --db.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>No se puede abrir la base de datos %1: %2</translation>
        </message>
        <message>
            <source>The database %1 is damaged (%2). It was left untouched. Restore the newest copy from the backups folder beside it, or start a new database with --db.</source>
            <translation>La base de datos %1 está dañada (%2). No se modificó. Restaure la copia más reciente de la carpeta de copias de seguridad que está junto a ella, o comience una base de datos nueva con --db.</translation>
        </message>
        <message>
            <source>The database %1 is damaged: %2. It was left untouched. Restore the newest copy from the backups folder beside it, or start a new database with --db.</source>
            <translation>La base de datos %1 está dañada: %2. No se modificó. Restaure la copia más reciente de la carpeta de copias de seguridad que está junto a ella, o comience una base de datos nueva con --db.</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer BadgeDesk (schema %2; this version knows up to %3). It was left untouched. Install the newer BadgeDesk, or open another database with --db.</source>
            <translation>La base de datos %1 la escribió una versión más nueva de BadgeDesk (esquema %2; esta versión conoce hasta el %3). No se modificó. Instale la versión más nueva de BadgeDesk o abra otra base de datos con --db.</translation>
        </message>
        <message>
            <source>Did not upgrade %1: the safety copy could not be written (%2). Free some disk space or check the folder's permissions, then try again.</source>
            <translation>No se actualizó %1: no se pudo escribir la copia de seguridad (%2). Libere espacio en disco o verifique los permisos de la carpeta y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The database %1 does not exist; open it in BadgeDesk first.</source>
            <translation>La base de datos %1 no existe; ábrala primero en BadgeDesk.</translation>
        </message>
        <message>
            <source>The database %1 has schema %2, this BadgeDesk needs %3. Open it in BadgeDesk first (that upgrades it), then try again.</source>
            <translation>La base de datos %1 tiene el esquema %2 y esta versión de BadgeDesk necesita el %3. Ábrala primero en BadgeDesk (eso la actualiza) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot start a transaction on %1: %2</source>
            <translation>No se puede iniciar una transacción en %1: %2</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 (%2) failed: %3. Nothing was changed. Report this with the file's schema version %4.</source>
            <translation>Falló la actualización de la base de datos al esquema %1 (%2): %3. No se cambió nada. Informe este error con la versión de esquema del archivo, %4.</translation>
        </message>
        <message>
            <source>Could not record schema %1 in %2: %3</source>
            <translation>No se pudo registrar el esquema %1 en %2: %3</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>no se puede crear %1</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 ya existe</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read: %2.</source>
            <translation>No se puede leer la copia de seguridad %1: %2.</translation>
        </message>
        <message>
            <source>%1 is not a BadgeDesk backup (not an SQLite database). Choose a file from the backups folder.</source>
            <translation>%1 no es una copia de seguridad de BadgeDesk (no es una base de datos SQLite). Elija un archivo de la carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <source>The backup %1 cannot be opened: %2.</source>
            <translation>No se puede abrir la copia de seguridad %1: %2.</translation>
        </message>
        <message>
            <source>The backup %1 is damaged (%2). Choose an older backup.</source>
            <translation>La copia de seguridad %1 está dañada (%2). Elija una copia más antigua.</translation>
        </message>
        <message>
            <source>The backup %1 cannot be read.</source>
            <translation>No se puede leer la copia de seguridad %1.</translation>
        </message>
        <message>
            <source>The backup %1 was made by a newer BadgeDesk (schema %2; this one knows %3). Update BadgeDesk first.</source>
            <translation>La copia de seguridad %1 la hizo una versión más nueva de BadgeDesk (esquema %2; esta conoce el %3). Actualice BadgeDesk primero.</translation>
        </message>
        <message>
            <source>%1 is an SQLite file but not a BadgeDesk database.</source>
            <translation>%1 es un archivo SQLite pero no una base de datos de BadgeDesk.</translation>
        </message>
        <message>
            <source>The backup and the database are the same file; choose a backup copy.</source>
            <translation>La copia de seguridad y la base de datos son el mismo archivo; elija una copia de seguridad.</translation>
        </message>
        <message>
            <source>The backup could not be copied next to %1. Check the free space and permissions of that folder.</source>
            <translation>No se pudo copiar la copia de seguridad junto a %1. Verifique el espacio libre y los permisos de esa carpeta.</translation>
        </message>
        <message>
            <source>The current database could not be moved aside (%1). Close other programs using it and try again.</source>
            <translation>No se pudo apartar la base de datos actual (%1). Cierre otros programas que la estén usando y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The backup could not be put in place of %1; nothing was changed.</source>
            <translation>No se pudo poner la copia de seguridad en lugar de %1; no se cambió nada.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Se restauró %1.</translation>
        </message>
        <message>
            <source>Restored %1. The database as it was is kept as %2.</source>
            <translation>Se restauró %1. La base de datos tal como estaba se guarda como %2.</translation>
        </message>
    </context>
    <context>
        <name>ReasonCode</name>
        <message>
            <source>No email</source>
            <translation>Sin correo electrónico</translation>
        </message>
        <message>
            <source>Email to fix</source>
            <translation>Correo por corregir</translation>
        </message>
        <message>
            <source>Name missing</source>
            <translation>Falta el nombre</translation>
        </message>
        <message>
            <source>Date to check</source>
            <translation>Fecha por verificar</translation>
        </message>
        <message>
            <source>Not on the approved list</source>
            <translation>No está en la lista aprobada</translation>
        </message>
        <message>
            <source>Assessment retired</source>
            <translation>Evaluación retirada</translation>
        </message>
        <message>
            <source>Vendor badges it</source>
            <translation>La otorga el proveedor</translation>
        </message>
        <message>
            <source>No badge template</source>
            <translation>Sin plantilla de insignia</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobó</translation>
        </message>
        <message>
            <source>Duplicate in batch</source>
            <translation>Duplicada en el lote</translation>
        </message>
        <message>
            <source>Already badged</source>
            <translation>Ya tiene la insignia</translation>
        </message>
        <message>
            <source>Under 13</source>
            <translation>Menor de 13 años</translation>
        </message>
        <message>
            <source>There is no email address, so Credly cannot send the badge.</source>
            <translation>No hay dirección de correo electrónico, así que Credly no puede enviar la insignia.</translation>
        </message>
        <message>
            <source>The email address is not valid; it must be fixed before issuing.</source>
            <translation>La dirección de correo electrónico no es válida; hay que corregirla antes de emitir.</translation>
        </message>
        <message>
            <source>The first or last name is missing.</source>
            <translation>Falta el nombre o el apellido.</translation>
        </message>
        <message>
            <source>The test date is missing, unreadable or needs checking.</source>
            <translation>La fecha de la prueba falta, no se puede leer o hay que verificarla.</translation>
        </message>
        <message>
            <source>The assessment is not on the Approved Assessment list, or CareerTech does not badge it.</source>
            <translation>La evaluación no está en la lista de evaluaciones aprobadas, o CareerTech no otorga su insignia.</translation>
        </message>
        <message>
            <source>The assessment was retired from the approved list before the test.</source>
            <translation>La evaluación se retiró de la lista aprobada antes de la prueba.</translation>
        </message>
        <message>
            <source>The testing vendor issues its own digital badge for this assessment.</source>
            <translation>El proveedor de la evaluación emite su propia insignia digital para esta evaluación.</translation>
        </message>
        <message>
            <source>The assessment has no usable Credly badge template in the catalog.</source>
            <translation>La evaluación no tiene en el catálogo una plantilla de insignia de Credly que se pueda usar.</translation>
        </message>
        <message>
            <source>The result is not a pass.</source>
            <translation>El resultado no es aprobatorio.</translation>
        </message>
        <message>
            <source>The same student and assessment appear more than once in the batch; one row is kept.</source>
            <translation>El mismo estudiante y la misma evaluación aparecen más de una vez en el lote; se conserva una fila.</translation>
        </message>
        <message>
            <source>The student already has this badge from an earlier batch.</source>
            <translation>El estudiante ya tiene esta insignia de un lote anterior.</translation>
        </message>
        <message>
            <source>The student was under 13 on the test date; Credly needs a parent's consent.</source>
            <translation>El estudiante tenía menos de 13 años en la fecha de la prueba; Credly necesita el consentimiento de uno de los padres.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk</name>
        <message>
            <source> and %1 more</source>
            <translation> y %1 más</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::AboutDialog</name>
        <message>
            <source>About BadgeDesk</source>
            <translation>Acerca de BadgeDesk</translation>
        </message>
        <message>
            <source>BadgeDesk</source>
            <translation>BadgeDesk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <source>Turns each month's CTIMS certifications into Credly badges.</source>
            <translation>Convierte las certificaciones mensuales de CTIMS en insignias de Credly.</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2</source>
            <translation>Compilado con Qt %1, ejecutándose en Qt %2</translation>
        </message>
        <message>
            <source>BadgeDesk icon</source>
            <translation>Icono de BadgeDesk</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::AppSession</name>
        <message>
            <source>BadgeDesk stays in %1: %2</source>
            <translation>BadgeDesk sigue en %1: %2</translation>
        </message>
        <message>
            <source>BadgeDesk now works in %1 on %2.</source>
            <translation>BadgeDesk ahora trabaja en %1 con %2.</translation>
        </message>
        <message>
            <source>The backup was restored but cannot be used (%1); the previous database was put back.</source>
            <translation>La copia de seguridad se restauró pero no se puede usar (%1); se volvió a poner la base de datos anterior.</translation>
        </message>
        <message>
            <source>The backup cannot be used (%1) and the previous database could not be reopened: %2. It is kept as %3.</source>
            <translation>La copia de seguridad no se puede usar (%1) y no se pudo volver a abrir la base de datos anterior: %2. Se guarda como %3.</translation>
        </message>
        <message>
            <source>BadgeDesk cannot open its database</source>
            <translation>BadgeDesk no puede abrir su base de datos</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::AttemptModel</name>
        <message>
            <source>no answer (%1)</source>
            <translation>sin respuesta (%1)</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Took</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Credly's message</source>
            <translation>Mensaje de Credly</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::BadgeActions</name>
        <message>
            <source>Say which badge to revoke (its Credly id).</source>
            <translation>Indique qué insignia revocar (su id de Credly).</translation>
        </message>
        <message>
            <source>Give a reason for revoking the badge; Credly requires one and it is kept in the audit log.</source>
            <translation>Indique un motivo para revocar la insignia; Credly lo exige y se guarda en el registro de auditoría.</translation>
        </message>
        <message>
            <source>The badge %1 is already revoked.</source>
            <translation>La insignia %1 ya está revocada.</translation>
        </message>
        <message>
            <source>The badge %1 was not revoked: %2</source>
            <translation>La insignia %1 no se revocó: %2</translation>
        </message>
        <message>
            <source>Revoked the badge %1.</source>
            <translation>Se revocó la insignia %1.</translation>
        </message>
        <message>
            <source>Revoked the badge %1 at Credly, but it could not be recorded here (%2); run a sync.</source>
            <translation>Se revocó la insignia %1 en Credly, pero no se pudo registrar aquí (%2); ejecute una sincronización.</translation>
        </message>
        <message>
            <source>This row has no badge at Credly to replace.</source>
            <translation>Esta fila no tiene una insignia en Credly que reemplazar.</translation>
        </message>
        <message>
            <source>Credly changes the email only while the badge is pending; this one is %1. The earner can add the address to their Credly account instead.</source>
            <translation>Credly cambia el correo electrónico solo mientras la insignia está pendiente; esta está %1. El destinatario puede agregar la dirección a su cuenta de Credly.</translation>
        </message>
        <message>
            <source>of unknown state (sync first)</source>
            <translation>en un estado desconocido (sincronice primero)</translation>
        </message>
        <message>
            <source>The new email is not usable: %1</source>
            <translation>El correo electrónico nuevo no se puede usar: %1</translation>
        </message>
        <message>
            <source>The badge already goes to this email.</source>
            <translation>La insignia ya va a este correo electrónico.</translation>
        </message>
        <message>
            <source>Credly says the badge was already replaced (now %1); run a sync, then try again.</source>
            <translation>Credly indica que la insignia ya se reemplazó (ahora %1); ejecute una sincronización y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The email was not changed: %1</source>
            <translation>No se cambió el correo electrónico: %1</translation>
        </message>
        <message>
            <source>The badge now goes to %1 (new badge %2).</source>
            <translation>La insignia ahora va a %1 (insignia nueva %2).</translation>
        </message>
        <message>
            <source>Credly replaced the badge (new badge %1), but it could not be recorded here (%2); run a sync.</source>
            <translation>Credly reemplazó la insignia (insignia nueva %1), pero no se pudo registrar aquí (%2); ejecute una sincronización.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::BadgeSync</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Checked %1 badge(s)</source>
            <translation>Se revisaron %1 insignias</translation>
        </message>
        <message>
            <source>; %1 changed.</source>
            <translation>; %1 cambiaron.</translation>
        </message>
        <message>
            <source>%1 no longer exist at Credly (deleted there).</source>
            <translation>%1 ya no existen en Credly (se eliminaron allí).</translation>
        </message>
        <message>
            <source>The states could not be saved: %1</source>
            <translation>No se pudieron guardar los estados: %1</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogDetailsPane</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Retired on %1: rows for it are excluded from then on.</source>
            <translation>Retirada el %1: sus filas se excluyen desde entonces.</translation>
        </message>
        <message>
            <source>Active since %1.</source>
            <translation>Activa desde el %1.</translation>
        </message>
        <message>
            <source>Active.</source>
            <translation>Activa.</translation>
        </message>
        <message>
            <source>Marked as badged by CareerTech and by its vendor.</source>
            <translation>Marcada como otorgada por CareerTech y por su proveedor.</translation>
        </message>
        <message>
            <source>CareerTech badges it.</source>
            <translation>La otorga CareerTech.</translation>
        </message>
        <message>
            <source>Its vendor issues the badge; CareerTech does not.</source>
            <translation>Su proveedor emite la insignia; CareerTech no.</translation>
        </message>
        <message>
            <source>Nobody badges it: rows for it are not badged.</source>
            <translation>Nadie la otorga: sus filas no reciben insignia.</translation>
        </message>
        <message>
            <source>Credly template: %1 (%2)
%3</source>
            <translation>Plantilla de Credly: %1 (%2)
%3</translation>
        </message>
        <message>
            <source>Credly template: %1 (not among the cached templates)</source>
            <translation>Plantilla de Credly: %1 (no está entre las plantillas guardadas)</translation>
        </message>
        <message numerus="yes">
            <source>Imported certification rows using it: %n. It can be retired, not deleted.</source>
            <translation>
                <numerusform>Filas de certificación importadas que la usan: %n. Se puede retirar, no eliminar.</numerusform>
                <numerusform>Filas de certificación importadas que la usan: %n. Se puede retirar, no eliminar.</numerusform>
            </translation>
        </message>
        <message>
            <source>No imported certification row uses it yet.</source>
            <translation>Todavía no la usa ninguna fila de certificación importada.</translation>
        </message>
        <message numerus="yes">
            <source>History (%n)</source>
            <translation>
                <numerusform>Historial (%n)</numerusform>
                <numerusform>Historial (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments selected</source>
            <translation>
                <numerusform>%n evaluación seleccionada</numerusform>
                <numerusform>%n evaluaciones seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>No assessment selected</source>
            <translation>No hay ninguna evaluación seleccionada</translation>
        </message>
        <message>
            <source>Edits through the Selection menu apply to all of them as one step (one Undo).</source>
            <translation>Las ediciones del menú Selección se aplican a todas en un solo paso (un Deshacer).</translation>
        </message>
        <message>
            <source>Select an assessment to see its details and every change made to it.</source>
            <translation>Seleccione una evaluación para ver sus detalles y cada cambio que se le hizo.</translation>
        </message>
        <message>
            <source>Changes made to this assessment</source>
            <translation>Cambios hechos a esta evaluación</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogDiffModel</name>
        <message>
            <source>Added (%1)</source>
            <translation>Agregadas (%1)</translation>
        </message>
        <message>
            <source>Changed (%1)</source>
            <translation>Cambiadas (%1)</translation>
        </message>
        <message>
            <source>Missing from the list, retired on %1 (%2)</source>
            <translation>No están en la lista, retiradas el %1 (%2)</translation>
        </message>
        <message>
            <source>Missing from the list, to be retired (%1)</source>
            <translation>No están en la lista, se retirarán (%1)</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>Sin cambios (%1)</translation>
        </message>
        <message>
            <source>Problems in the file (%1)</source>
            <translation>Problemas en el archivo (%1)</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activa</translation>
        </message>
        <message>
            <source>CareerTech badges it, no template</source>
            <translation>La otorga CareerTech, sin plantilla</translation>
        </message>
        <message>
            <source>CareerTech badges it: %1</source>
            <translation>La otorga CareerTech: %1</translation>
        </message>
        <message>
            <source>vendor badges it</source>
            <translation>la otorga el proveedor</translation>
        </message>
        <message>
            <source>retired %1</source>
            <translation>retirada el %1</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <source>new · %1</source>
            <translation>nueva · %1</translation>
        </message>
        <message numerus="yes">
            <source>fields changed: %n</source>
            <translation>
                <numerusform>campos cambiados: %n</numerusform>
                <numerusform>campos cambiados: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>retired on %1</source>
            <translation>retirada el %1</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retirada</translation>
        </message>
        <message>
            <source>Assessment or field</source>
            <translation>Evaluación o campo</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>Después de importar</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogHistoryModel</name>
        <message>
            <source>Import of %1</source>
            <translation>Importación de %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo by %1</source>
            <translation>Deshecho por %1</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Edit by %1</source>
            <translation>Editado por %1</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminada</translation>
        </message>
        <message>
            <source>added</source>
            <translation>agregada</translation>
        </message>
        <message>
            <source>%1 (change set %2)</source>
            <translation>%1 (conjunto de cambios %2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogImportDialog</name>
        <message>
            <source>Import approved-assessment list</source>
            <translation>Importar la lista de evaluaciones aprobadas</translation>
        </message>
        <message>
            <source>%1 · header on row %2 · rows read below it: %3</source>
            <translation>%1 · encabezados en la fila %2 · filas leídas debajo: %3</translation>
        </message>
        <message>
            <source>Not in this file, so kept as they are: %1.</source>
            <translation>No están en este archivo, así que se conservan como están: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Retire the assessments missing from the list (%n) on:</source>
            <translation>
                <numerusform>Retirar la evaluación que falta en la lista (%n) el:</numerusform>
                <numerusform>Retirar las evaluaciones que faltan en la lista (%n) el:</numerusform>
            </translation>
        </message>
        <message>
            <source>The catalog already matches this list: there is nothing to apply.</source>
            <translation>El catálogo ya coincide con esta lista: no hay nada que aplicar.</translation>
        </message>
        <message>
            <source>Nothing is saved until you apply. The import is one step: Undo (Ctrl+Z) on the Catalog page reverts all of it.</source>
            <translation>No se guarda nada hasta que aplique los cambios. La importación es un solo paso: Deshacer (Ctrl+Z) en la página Catálogo la revierte por completo.</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>Aplicar los cambios</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n agregada</numerusform>
                <numerusform>%n agregadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n cambiada</numerusform>
                <numerusform>%n cambiadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to retire</source>
            <translation>
                <numerusform>%n por retirar</numerusform>
                <numerusform>%n por retirar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>problems in the file: %n (rows skipped or read as noted below)</source>
            <translation>
                <numerusform>problemas en el archivo: %n (filas omitidas o leídas como se indica abajo)</numerusform>
                <numerusform>problemas en el archivo: %n (filas omitidas o leídas como se indica abajo)</numerusform>
            </translation>
        </message>
        <message>
            <source>What the import adds, changes and retires</source>
            <translation>Lo que la importación agrega, cambia y retira</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogItemDelegate</name>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Pick a date; step down to "none" (or press Delete on the cell) to clear it.</source>
            <translation>Elija una fecha; baje hasta «ninguna» (o pulse Supr en la celda) para borrarla.</translation>
        </message>
        <message>
            <source>(no template)</source>
            <translation>(sin plantilla)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1
Template id %2</source>
            <translation>%1
Id de plantilla %2</translation>
        </message>
        <message>
            <source>Credly template id (sync the templates to pick them by name)</source>
            <translation>Id de plantilla de Credly (sincronice las plantillas para elegirlas por nombre)</translation>
        </message>
        <message>
            <source>Unknown template %1</source>
            <translation>Plantilla desconocida %1</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogPage</name>
        <message>
            <source>The approved-assessment list is empty</source>
            <translation>La lista de evaluaciones aprobadas está vacía</translation>
        </message>
        <message>
            <source>Import the published Approved Assessment spreadsheet (.xlsx or .csv). BadgeDesk shows what is added, changed and retired before anything is saved; then map each assessment CareerTech badges to its Credly badge template.</source>
            <translation>Importe la hoja de cálculo publicada de evaluaciones aprobadas (.xlsx o .csv). BadgeDesk muestra lo que se agrega, cambia y retira antes de guardar nada; después asigne a cada evaluación que otorga CareerTech su plantilla de insignia de Credly.</translation>
        </message>
        <message>
            <source>Import assessment list…</source>
            <translation>Importar la lista de evaluaciones…</translation>
        </message>
        <message>
            <source>Add entry…</source>
            <translation>Agregar una entrada…</translation>
        </message>
        <message>
            <source>Add an assessment by its code and title (%1)</source>
            <translation>Agregar una evaluación por su código y título (%1)</translation>
        </message>
        <message>
            <source>Import list…</source>
            <translation>Importar la lista…</translation>
        </message>
        <message>
            <source>Read the published Approved Assessment list (.xlsx or .csv) and preview what changes</source>
            <translation>Leer la lista publicada de evaluaciones aprobadas (.xlsx o .csv) y ver antes qué cambia</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Write the catalog to an .xlsx workbook or a .csv file that imports back unchanged</source>
            <translation>Escribir el catálogo en un libro .xlsx o un archivo .csv que se vuelva a importar sin cambios</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Deshacer: %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation>Ctrl+Shift+Z</translation>
        </message>
        <message>
            <source>Ctrl+Y</source>
            <translation>Ctrl+Y</translation>
        </message>
        <message>
            <source>Redo: %1</source>
            <translation>Rehacer: %1</translation>
        </message>
        <message>
            <source>Selected rows</source>
            <translation>Filas seleccionadas</translation>
        </message>
        <message>
            <source>Edit every selected row at once; each edit is one Undo step</source>
            <translation>Editar todas las filas seleccionadas a la vez; cada edición es un paso de Deshacer</translation>
        </message>
        <message>
            <source>Search code, title, vendor, template… (Ctrl+F)</source>
            <translation>Buscar código, título, proveedor, plantilla… (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Todas las evaluaciones</translation>
        </message>
        <message>
            <source>Problems only</source>
            <translation>Solo con problemas</translation>
        </message>
        <message>
            <source>Badged by CareerTech</source>
            <translation>Las otorga CareerTech</translation>
        </message>
        <message>
            <source>Badged by the vendor</source>
            <translation>Las otorga el proveedor</translation>
        </message>
        <message>
            <source>Not badged</source>
            <translation>Sin insignia</translation>
        </message>
        <message>
            <source>Show &amp;retired</source>
            <translation>Mostrar las &amp;retiradas</translation>
        </message>
        <message>
            <source>Code, e.g. 0911</source>
            <translation>Código, p. ej. 0911</translation>
        </message>
        <message>
            <source>Title as the approved list names it</source>
            <translation>Título tal como aparece en la lista aprobada</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>New assessment:</source>
            <translation>Evaluación nueva:</translation>
        </message>
        <message>
            <source>CareerTech badges them</source>
            <translation>Las otorga CareerTech</translation>
        </message>
        <message>
            <source>CareerTech does not badge them</source>
            <translation>No las otorga CareerTech</translation>
        </message>
        <message>
            <source>Their vendor badges them</source>
            <translation>Las otorga su proveedor</translation>
        </message>
        <message>
            <source>Their vendor does not badge them</source>
            <translation>No las otorga su proveedor</translation>
        </message>
        <message>
            <source>Copy the current cell to the selected rows</source>
            <translation>Copiar la celda actual a las filas seleccionadas</translation>
        </message>
        <message>
            <source>E.g. pick a template in one row, select the others, then Ctrl+D</source>
            <translation>P. ej., elija una plantilla en una fila, seleccione las demás y pulse Ctrl+D</translation>
        </message>
        <message>
            <source>Clear the current column in the selected rows</source>
            <translation>Borrar la columna actual en las filas seleccionadas</translation>
        </message>
        <message>
            <source>Copy as text</source>
            <translation>Copiar como texto</translation>
        </message>
        <message>
            <source>Retire as of today</source>
            <translation>Retirar a partir de hoy</translation>
        </message>
        <message>
            <source>Retired entries stay in the list and their history; rows for them are excluded from then on. Undo brings them back.</source>
            <translation>Las entradas retiradas se quedan en la lista y en su historial; sus filas se excluyen desde entonces. Deshacer las recupera.</translation>
        </message>
        <message>
            <source>Return to active</source>
            <translation>Volver a activar</translation>
        </message>
        <message>
            <source>Delete (only entries no imported row uses)</source>
            <translation>Eliminar (solo entradas que no usa ninguna fila importada)</translation>
        </message>
        <message>
            <source>For an entry added by mistake. An entry imported rows refer to is retired instead.</source>
            <translation>Para una entrada agregada por error. Una entrada a la que se refieren filas importadas se retira en su lugar.</translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <translation>
                <numerusform>%n evaluación</numerusform>
                <numerusform>%n evaluaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired</source>
            <translation>
                <numerusform>%n retirada</numerusform>
                <numerusform>%n retiradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a problem (to list them: Show › Problems only)</source>
            <translation>
                <numerusform>%n con un problema (para verlas: Mostrar › Solo con problemas)</numerusform>
                <numerusform>%n con un problema (para verlas: Mostrar › Solo con problemas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n visible</numerusform>
                <numerusform>%n visibles</numerusform>
            </translation>
        </message>
        <message>
            <source>Credly templates not synced yet for %1: template names cannot be shown or checked</source>
            <translation>Las plantillas de Credly aún no se sincronizaron para %1: no se pueden mostrar ni verificar los nombres de las plantillas</translation>
        </message>
        <message>
            <source>Added %1. Fill in its other columns in the table; Undo removes it again.</source>
            <translation>Se agregó %1. Complete sus otras columnas en la tabla; Deshacer la quita de nuevo.</translation>
        </message>
        <message>
            <source>Select the assessments to change first.</source>
            <translation>Primero seleccione las evaluaciones que quiere cambiar.</translation>
        </message>
        <message>
            <source>The selected rows already have that value.</source>
            <translation>Las filas seleccionadas ya tienen ese valor.</translation>
        </message>
        <message>
            <source>Select several rows and put the cursor on the cell whose value they should all get.</source>
            <translation>Seleccione varias filas y ponga el cursor en la celda cuyo valor deben recibir todas.</translation>
        </message>
        <message>
            <source>Codes are unique; pick another column to copy.</source>
            <translation>Los códigos son únicos; elija otra columna para copiar.</translation>
        </message>
        <message>
            <source>Every assessment needs a code and a title; type over the title to change it.</source>
            <translation>Cada evaluación necesita un código y un título; escriba sobre el título para cambiarlo.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Select the assessments to retire first.</source>
            <translation>Primero seleccione las evaluaciones que quiere retirar.</translation>
        </message>
        <message numerus="yes">
            <source>Retired the selected assessments (%n) as of today. Undo (Ctrl+Z) brings them back.</source>
            <translation>
                <numerusform>Se retiró la evaluación seleccionada (%n) a partir de hoy. Deshacer (Ctrl+Z) la recupera.</numerusform>
                <numerusform>Se retiraron las evaluaciones seleccionadas (%n) a partir de hoy. Deshacer (Ctrl+Z) las recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the retired assessments to return to active first.</source>
            <translation>Primero seleccione las evaluaciones retiradas que quiere volver a activar.</translation>
        </message>
        <message>
            <source>The selected assessments are already active.</source>
            <translation>Las evaluaciones seleccionadas ya están activas.</translation>
        </message>
        <message>
            <source>Select the assessments to delete first.</source>
            <translation>Primero seleccione las evaluaciones que quiere eliminar.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the selected assessments (%n). Undo (Ctrl+Z) restores them.</source>
            <translation>
                <numerusform>Se eliminó la evaluación seleccionada (%n). Deshacer (Ctrl+Z) la restaura.</numerusform>
                <numerusform>Se eliminaron las evaluaciones seleccionadas (%n). Deshacer (Ctrl+Z) las restaura.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import approved-assessment list</source>
            <translation>Importar la lista de evaluaciones aprobadas</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
            <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Imported %1: %2. Undo (Ctrl+Z) reverts the whole import.</source>
            <translation>Se importó %1: %2. Deshacer (Ctrl+Z) revierte toda la importación.</translation>
        </message>
        <message>
            <source>approved-assessments-%1.xlsx</source>
            <translation>evaluaciones-aprobadas-%1.xlsx</translation>
        </message>
        <message>
            <source>Export the catalog</source>
            <translation>Exportar el catálogo</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported the catalog (%n entries) to %1. Importing that file back changes nothing.</source>
            <translation>
                <numerusform>Se exportó el catálogo (%n entrada) a %1. Si vuelve a importar ese archivo, no cambia nada.</numerusform>
                <numerusform>Se exportó el catálogo (%n entradas) a %1. Si vuelve a importar ese archivo, no cambia nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search the catalog</source>
            <translation>Buscar en el catálogo</translation>
        </message>
        <message>
            <source>Code of the new assessment</source>
            <translation>Código de la evaluación nueva</translation>
        </message>
        <message>
            <source>Title of the new assessment</source>
            <translation>Título de la evaluación nueva</translation>
        </message>
        <message>
            <source>Approved assessments</source>
            <translation>Evaluaciones aprobadas</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogTableModel</name>
        <message>
            <source>Retired on %1: rows for this assessment are excluded from then on.</source>
            <translation>Retirada el %1: las filas de esta evaluación se excluyen desde entonces.</translation>
        </message>
        <message>
            <source>%1
%2 · %3</source>
            <translation>%1
%2 · %3</translation>
        </message>
        <message>
            <source>%1
Not among the cached Credly templates of this environment.</source>
            <translation>%1
No está entre las plantillas de Credly guardadas de este entorno.</translation>
        </message>
        <message>
            <source>"%1" is not a date. Use the form 2026-07-01.</source>
            <translation>«%1» no es una fecha. Use el formato 2026-07-01.</translation>
        </message>
        <message>
            <source>An assessment needs a title.</source>
            <translation>Una evaluación necesita un título.</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>Cambiar %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>Change %1 of %n entries</source>
            <translation>
                <numerusform>Cambiar %1 de %n entrada</numerusform>
                <numerusform>Cambiar %1 de %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the assessment's code, e.g. 0911 or CMP-1101.</source>
            <translation>Escriba el código de la evaluación, p. ej. 0911 o CMP-1101.</translation>
        </message>
        <message>
            <source>Code %1 is already in the catalog (%2): edit that entry instead.</source>
            <translation>El código %1 ya está en el catálogo (%2): edite esa entrada.</translation>
        </message>
        <message>
            <source>Type the assessment's title as the approved list names it.</source>
            <translation>Escriba el título de la evaluación tal como aparece en la lista aprobada.</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>Agregar %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Eliminar %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n entries</source>
            <translation>
                <numerusform>Eliminar %n entrada</numerusform>
                <numerusform>Eliminar %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyClient</name>
        <message>
            <source>Credly does not let this token read its own expiry date; check it in Credly under Developers &gt; Authorization Tokens.</source>
            <translation>Credly no permite que este token lea su propia fecha de vencimiento; consúltela en Credly en Developers &gt; Authorization Tokens.</translation>
        </message>
        <message>
            <source>Credly did not list this token, so its expiry date is not known; check it in Credly under Developers &gt; Authorization Tokens.</source>
            <translation>Credly no incluyó este token en la lista, así que no se conoce su fecha de vencimiento; consúltela en Credly en Developers &gt; Authorization Tokens.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyConnectionCheck</name>
        <message>
            <source>Connected to "%1" with %2 badge templates (%3 active).</source>
            <translation>Conectado a «%1», con %2 plantillas de insignia (%3 activas).</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyConnectionSettings</name>
        <message>
            <source>The organization id is missing. Copy it from Credly: Organization settings &gt; Developers (it looks like 1a2b3c4d-5e6f-...).</source>
            <translation>Falta el id de la organización. Cópielo de Credly: Organization settings &gt; Developers (tiene este aspecto: 1a2b3c4d-5e6f-...).</translation>
        </message>
        <message>
            <source>The organization id "%1" is not one Credly gives out: it may contain only letters, digits, '-', '_' and '.'. Copy it from Credly: Organization settings &gt; Developers.</source>
            <translation>El id de organización «%1» no es uno de los que asigna Credly: solo puede contener letras, dígitos, '-', '_' y '.'. Cópielo de Credly: Organization settings &gt; Developers.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyError</name>
        <message>
            <source>Credly refused the token (%1). Check the token in Settings; tokens expire 180 days after they are created.</source>
            <translation>Credly rechazó el token (%1). Revise el token en Configuración; los tokens vencen 180 días después de crearse.</translation>
        </message>
        <message>
            <source>The token may not do this (%1). Use a token with write permission.</source>
            <translation>El token no tiene permiso para esto (%1). Use un token con permiso de escritura.</translation>
        </message>
        <message>
            <source>Credly does not know this item (%1). Check the organization id and the template.</source>
            <translation>Credly no conoce este elemento (%1). Revise el id de la organización y la plantilla.</translation>
        </message>
        <message>
            <source>Credly refused the request: %1</source>
            <translation>Credly rechazó la solicitud: %1</translation>
        </message>
        <message>
            <source>The earner already has this badge: %1</source>
            <translation>El destinatario ya tiene esta insignia: %1</translation>
        </message>
        <message>
            <source>Credly asks to slow down; try again in %1 seconds.</source>
            <translation>Credly pide ir más despacio; vuelva a intentarlo en %1 segundos.</translation>
        </message>
        <message>
            <source>Credly asks to slow down; wait a minute and try again.</source>
            <translation>Credly pide ir más despacio; espere un minuto y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Credly had a server error (HTTP %1). Try again later.</source>
            <translation>Credly tuvo un error del servidor (HTTP %1). Vuelva a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>Could not reach Credly: %1. Check the network connection.</source>
            <translation>No se pudo conectar con Credly: %1. Revise la conexión de red.</translation>
        </message>
        <message>
            <source>Credly did not answer in time: %1</source>
            <translation>Credly no respondió a tiempo: %1</translation>
        </message>
        <message>
            <source>Credly's answer could not be read: %1</source>
            <translation>No se pudo leer la respuesta de Credly: %1</translation>
        </message>
        <message>
            <source>Credly is not set up: %1</source>
            <translation>Credly no está configurado: %1</translation>
        </message>
        <message>
            <source>Canceled.</source>
            <translation>Cancelado.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlySession</name>
        <message>
            <source>Looking for the Credly token…</source>
            <translation>Buscando el token de Credly…</translation>
        </message>
        <message>
            <source>%1 Open Credly &gt; Settings to set it up.</source>
            <translation>%1 Abra Credly &gt; Configuración para configurarlo.</translation>
        </message>
        <message>
            <source>No Credly token is stored for %1 organization %2. Paste one in Credly &gt; Settings.</source>
            <translation>No hay un token de Credly guardado para la organización %2 de %1. Pegue uno en Credly &gt; Configuración.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlySettingsDialog</name>
        <message>
            <source>Credly Settings</source>
            <translation>Configuración de Credly</translation>
        </message>
        <message>
            <source>Practice (built-in simulator, no account)</source>
            <translation>Práctica (simulador integrado, sin cuenta)</translation>
        </message>
        <message>
            <source>Sandbox (sandbox-api.credly.com)</source>
            <translation>Sandbox (sandbox-api.credly.com)</translation>
        </message>
        <message>
            <source>Production (api.credly.com)</source>
            <translation>Producción (api.credly.com)</translation>
        </message>
        <message>
            <source>From Credly: Organization settings &gt; Developers</source>
            <translation>De Credly: Organization settings &gt; Developers</translation>
        </message>
        <message>
            <source>Credly authorization token</source>
            <translation>Token de autorización de Credly</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <source>&amp;Keep for this session only</source>
            <translation>&amp;Guardar solo durante esta sesión</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Entorno:</translation>
        </message>
        <message>
            <source>&amp;Organization id:</source>
            <translation>&amp;Id de la organización:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>To&amp;ken:</source>
            <translation>To&amp;ken:</translation>
        </message>
        <message>
            <source>The built-in simulator on this computer</source>
            <translation>El simulador integrado en esta computadora</translation>
        </message>
        <message>
            <source>Practice runs a Credly simulator inside BadgeDesk: nothing reaches Credly or a student.</source>
            <translation>Práctica ejecuta un simulador de Credly dentro de BadgeDesk: nada llega a Credly ni a ningún estudiante.</translation>
        </message>
        <message>
            <source>Not needed: Practice makes its own token for each session</source>
            <translation>No se necesita: Práctica crea su propio token en cada sesión</translation>
        </message>
        <message>
            <source>Leave empty for Credly's own address. A custom address must use https (plain http only for this computer, e.g. a credly-sim).</source>
            <translation>Déjelo vacío para usar la dirección de Credly. Una dirección personalizada debe usar https (http simple solo para esta computadora, p. ej. un credly-sim).</translation>
        </message>
        <message>
            <source>Paste the token from Credly: Developers &gt; Authorization Tokens</source>
            <translation>Pegue el token de Credly: Developers &gt; Authorization Tokens</translation>
        </message>
        <message>
            <source>Last checked: </source>
            <translation>Última verificación: </translation>
        </message>
        <message>
            <source>Saving switches BadgeDesk to %1: it reopens on the Practice database (%2), where nothing reaches Credly or a student. Your real data stays in its own file.</source>
            <translation>Al guardar, BadgeDesk cambia a %1: se vuelve a abrir con la base de datos de Práctica (%2), donde nada llega a Credly ni a ningún estudiante. Sus datos reales se quedan en su propio archivo.</translation>
        </message>
        <message>
            <source>Saving switches BadgeDesk to %1: it closes the Practice database and reopens on your real database (%2). Practice data stays in its own file for when you switch back.</source>
            <translation>Al guardar, BadgeDesk cambia a %1: cierra la base de datos de Práctica y se vuelve a abrir con su base de datos real (%2). Los datos de Práctica se quedan en su propio archivo para cuando vuelva a cambiar.</translation>
        </message>
        <message>
            <source>Saving switches BadgeDesk to %1 on the same database (%2).</source>
            <translation>Al guardar, BadgeDesk cambia a %1 con la misma base de datos (%2).</translation>
        </message>
        <message>
            <source>Production issues real badges and Credly emails the students.</source>
            <translation>Producción emite insignias reales y Credly envía correos electrónicos a los estudiantes.</translation>
        </message>
        <message>
            <source>Practice needs no keychain: a fresh token is made each time BadgeDesk starts.</source>
            <translation>Práctica no necesita llavero: se crea un token nuevo cada vez que BadgeDesk se inicia.</translation>
        </message>
        <message>
            <source>Enter the organization id first; the token is kept per organization.</source>
            <translation>Primero escriba el id de la organización; el token se guarda por organización.</translation>
        </message>
        <message>
            <source>Looking in the keychain…</source>
            <translation>Buscando en el llavero…</translation>
        </message>
        <message>
            <source>A token is stored in the keychain. Paste a new one to replace it.</source>
            <translation>Hay un token guardado en el llavero. Pegue uno nuevo para reemplazarlo.</translation>
        </message>
        <message>
            <source>A token is kept in memory for this session only (the keychain was not available).</source>
            <translation>Hay un token guardado en memoria solo durante esta sesión (el llavero no estaba disponible).</translation>
        </message>
        <message>
            <source>The system keychain is not available on this computer: a token can only be kept for this session.</source>
            <translation>El llavero del sistema no está disponible en esta computadora: un token solo se puede guardar durante esta sesión.</translation>
        </message>
        <message>
            <source>No token is stored for this organization yet.</source>
            <translation>Todavía no hay un token guardado para esta organización.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>No token is stored for this organization yet: paste the token from Credly (Developers &gt; Authorization Tokens) above.</source>
            <translation>Todavía no hay un token guardado para esta organización: pegue arriba el token de Credly (Developers &gt; Authorization Tokens).</translation>
        </message>
        <message>
            <source>Practice token: </source>
            <translation>Token de Práctica: </translation>
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyTokenExpiry</name>
        <message>
            <source>The token's expiry date is not known.</source>
            <translation>No se conoce la fecha de vencimiento del token.</translation>
        </message>
        <message>
            <source>Create a new token in Credly under Developers &gt; Authorization Tokens and paste it in Credly &gt; Settings.</source>
            <translation>Cree un token nuevo en Credly en Developers &gt; Authorization Tokens y péguelo en Credly &gt; Configuración.</translation>
        </message>
        <message>
            <source>The token expired on %1. %2</source>
            <translation>El token venció el %1. %2</translation>
        </message>
        <message>
            <source>The token expires today (%1). %2</source>
            <translation>El token vence hoy (%1). %2</translation>
        </message>
        <message>
            <source>in 1 day</source>
            <translation>en 1 día</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>en %1 días</translation>
        </message>
        <message>
            <source>The token expires on %1, %2. %3</source>
            <translation>El token vence el %1, %2. %3</translation>
        </message>
        <message>
            <source>The token expires on %1 (%2).</source>
            <translation>El token vence el %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::DashboardPage</name>
        <message>
            <source>Welcome to BadgeDesk</source>
            <translation>Bienvenido a BadgeDesk</translation>
        </message>
        <message>
            <source>Each month follows one path: import the CTIMS export, review the rows, sign off the batch, notify the students, issue the badges in Credly, and report. Start by importing this month's export.</source>
            <translation>Cada mes sigue un mismo camino: importar la exportación de CTIMS, revisar las filas, dar el visto bueno al lote, avisar a los estudiantes, emitir las insignias en Credly e informar. Comience importando la exportación de este mes.</translation>
        </message>
        <message>
            <source>Go to Import</source>
            <translation>Ir a Importar</translation>
        </message>
        <message>
            <source>Badges issued per month</source>
            <translation>Insignias emitidas por mes</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Last 24 months</source>
            <translation>Últimos 24 meses</translation>
        </message>
        <message>
            <source>The period of the chart, the acceptance figures and the top lists.</source>
            <translation>El período del gráfico, de las cifras de aceptación y de las listas de evaluaciones y escuelas con más insignias.</translation>
        </message>
        <message>
            <source>Chart of badges issued per month</source>
            <translation>Gráfico de insignias emitidas por mes</translation>
        </message>
        <message>
            <source>Current batch</source>
            <translation>Lote actual</translation>
        </message>
        <message>
            <source>Acceptance</source>
            <translation>Aceptación</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitida</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocada</translation>
        </message>
        <message>
            <source>Top assessments</source>
            <translation>Evaluaciones con más insignias</translation>
        </message>
        <message>
            <source>Top schools</source>
            <translation>Escuelas con más insignias</translation>
        </message>
        <message>
            <source>Open exceptions</source>
            <translation>Casos por atender</translation>
        </message>
        <message>
            <source>Press Enter or double-click an exception to open its row.</source>
            <translation>Pulse Intro o haga doble clic en un caso para abrir su fila.</translation>
        </message>
        <message>
            <source>Badges issued</source>
            <translation>Insignias emitidas</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the last 24 months</source>
            <translation>los últimos 24 meses</translation>
        </message>
        <message>
            <source>the last 12 months</source>
            <translation>los últimos 12 meses</translation>
        </message>
        <message>
            <source>%1 issued in %2</source>
            <translation>Emitidas en %2: %1</translation>
        </message>
        <message>
            <source>badge</source>
            <translation>insignia</translation>
        </message>
        <message>
            <source>badges</source>
            <translation>insignias</translation>
        </message>
        <message>
            <source>; the most in %1 (%2)</source>
            <translation>; la mayor cantidad en %1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No badges were issued in %1.</source>
            <translation>No se emitieron insignias en %1.</translation>
        </message>
        <message>
            <source>%1 of the %2 issued in %3 were accepted (%4).</source>
            <translation>Se aceptó el %1 de las %2 emitidas en %3 (%4).</translation>
        </message>
        <message>
            <source>%1 still pending.</source>
            <translation>Todavía pendientes: %1.</translation>
        </message>
        <message>
            <source>None issued in this period.</source>
            <translation>No se emitió ninguna en este período.</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(sin indicar)</translation>
        </message>
        <message>
            <source>Send failed</source>
            <translation>Envío fallido</translation>
        </message>
        <message>
            <source>Approved, not issued</source>
            <translation>Aprobada, sin emitir</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Badge rejected</source>
            <translation>Insignia rechazada</translation>
        </message>
        <message>
            <source>Not accepted yet</source>
            <translation>Aún no aceptada</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Fila %1</translation>
        </message>
        <message>
            <source>Credly did not issue the badge</source>
            <translation>Credly no emitió la insignia</translation>
        </message>
        <message>
            <source>approved, but the batch's issuing finished without it; issue the batch again</source>
            <translation>aprobada, pero la emisión del lote terminó sin ella; vuelva a emitir el lote</translation>
        </message>
        <message>
            <source>the earner rejected the badge at Credly</source>
            <translation>el destinatario rechazó la insignia en Credly</translation>
        </message>
        <message>
            <source>the badge is still pending at Credly</source>
            <translation>la insignia sigue pendiente en Credly</translation>
        </message>
        <message>
            <source>%1 · %2 · %3: %4</source>
            <translation>%1 · %2 · %3: %4</translation>
        </message>
        <message>
            <source>Open this row on the Review page (Enter or double-click)</source>
            <translation>Abrir esta fila en la página Revisión (Intro o doble clic)</translation>
        </message>
        <message>
            <source>Open this badge in the Issuance Log (Enter or double-click)</source>
            <translation>Abrir esta insignia en el Registro de emisión (Intro o doble clic)</translation>
        </message>
        <message>
            <source>Nothing needs you: no failed sends, no rows needing attention, no rejected or long-pending badges.</source>
            <translation>Nada requiere su atención: no hay envíos fallidos, ni filas que requieran atención, ni insignias rechazadas o pendientes desde hace mucho.</translation>
        </message>
        <message>
            <source>failed send</source>
            <translation>envío fallido</translation>
        </message>
        <message>
            <source>failed sends</source>
            <translation>envíos fallidos</translation>
        </message>
        <message>
            <source>%1 approved but not issued</source>
            <translation>%1 aprobadas sin emitir</translation>
        </message>
        <message>
            <source>%1 needing attention</source>
            <translation>%1 requieren atención</translation>
        </message>
        <message>
            <source>badge rejected</source>
            <translation>insignia rechazada</translation>
        </message>
        <message>
            <source>badges rejected</source>
            <translation>insignias rechazadas</translation>
        </message>
        <message>
            <source>%1 pending too long</source>
            <translation>%1 pendientes demasiado tiempo</translation>
        </message>
        <message>
            <source>%1 open: %2.</source>
            <translation>Por atender (%1): %2.</translation>
        </message>
        <message>
            <source>The first %1 of each kind are listed.</source>
            <translation>Se muestran los primeros %1 de cada tipo.</translation>
        </message>
        <message>
            <source>Press Enter or double-click one to open it.</source>
            <translation>Pulse Intro o haga doble clic en uno para abrirlo.</translation>
        </message>
        <message>
            <source>No batch selected</source>
            <translation>No hay ningún lote seleccionado</translation>
        </message>
        <message>
            <source>Import a month's export to start a batch.</source>
            <translation>Importe la exportación de un mes para comenzar un lote.</translation>
        </message>
        <message>
            <source>%1 of %2 rows decided</source>
            <translation>%1 de %2 filas con decisión</translation>
        </message>
        <message>
            <source>%1 of %2 approved rows issued</source>
            <translation>%1 de %2 filas aprobadas emitidas</translation>
        </message>
        <message>
            <source>row</source>
            <translation>fila</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>filas</translation>
        </message>
        <message>
            <source>%1 eligible</source>
            <translation>%1 elegibles</translation>
        </message>
        <message>
            <source>%1 approved</source>
            <translation>%1 aprobadas</translation>
        </message>
        <message>
            <source>%1 issued</source>
            <translation>%1 emitidas</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 fallidas</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::DashboardStats</name>
        <message>
            <source>Row %1</source>
            <translation>Fila %1</translation>
        </message>
        <message>
            <source>%1: the badge could not be issued</source>
            <translation>%1: no se pudo emitir la insignia</translation>
        </message>
        <message>
            <source>%1: approved, but not issued when the batch's issuing finished</source>
            <translation>%1: aprobada, pero no se emitió cuando terminó la emisión del lote</translation>
        </message>
        <message>
            <source>%1: needs attention (%2)</source>
            <translation>%1: requiere atención (%2)</translation>
        </message>
        <message>
            <source>%1: rejected the badge at Credly</source>
            <translation>%1: rechazó la insignia en Credly</translation>
        </message>
        <message>
            <source>%1: badge not accepted after %2 days</source>
            <translation>%1: insignia no aceptada después de %2 días</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::EnvironmentLabel</name>
        <message>
            <source>Practice: badges go to the built-in Credly simulator on this computer. Nothing reaches Credly or any student.</source>
            <translation>Práctica: las insignias van al simulador de Credly integrado en esta computadora. Nada llega a Credly ni a ningún estudiante.</translation>
        </message>
        <message>
            <source>Sandbox: badges go to Credly's sandbox. Students are not notified.</source>
            <translation>Sandbox: las insignias van al entorno sandbox de Credly. No se avisa a los estudiantes.</translation>
        </message>
        <message>
            <source>Production: badges are issued for real in Credly and students are emailed.</source>
            <translation>Producción: las insignias se emiten de verdad en Credly y se envían correos electrónicos a los estudiantes.</translation>
        </message>
        <message>
            <source>Credly environment: %1</source>
            <translation>Entorno de Credly: %1</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ImportMappingEditor</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Se necesita para</translation>
        </message>
        <message>
            <source>First row</source>
            <translation>Primera fila</translation>
        </message>
        <message>
            <source>Column for %1</source>
            <translation>Columna para %1</translation>
        </message>
        <message>
            <source>— not in this file —</source>
            <translation>— no está en este archivo —</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>missing: %1</source>
            <translation>falta: %1</translation>
        </message>
        <message>
            <source>the student (or first and last name)</source>
            <translation>el estudiante (o nombre y apellido)</translation>
        </message>
        <message>
            <source>the student (or student ID); the badge</source>
            <translation>el estudiante (o su ID de estudiante); la insignia</translation>
        </message>
        <message>
            <source>required: the badge goes there</source>
            <translation>obligatorio: la insignia va allí</translation>
        </message>
        <message>
            <source>required: matched to the approved list</source>
            <translation>obligatorio: se compara con la lista aprobada</translation>
        </message>
        <message>
            <source>the date (or entry time)</source>
            <translation>la fecha (o la hora de registro)</translation>
        </message>
        <message>
            <source>the date (or test date); the month</source>
            <translation>la fecha (o la fecha de la prueba); el mes</translation>
        </message>
        <message>
            <source>Columns of the file for each field</source>
            <translation>Columnas del archivo para cada campo</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ImportPreviewModel</name>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <source>Row %1 cannot be read as an entry: %2. It is kept raw and listed after the import.</source>
            <translation>La fila %1 no se puede leer como un registro: %2. Se guarda sin procesar y aparece en la lista después de la importación.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>The row number in the file, as a spreadsheet program shows it.</source>
            <translation>El número de fila en el archivo, tal como lo muestra una hoja de cálculo.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>The fields of the row with a problem; point at one to read them all.</source>
            <translation>Los campos de la fila con un problema; señale uno para leerlos todos.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>%1
→ %2</source>
            <translation>%1
→ %2</translation>
        </message>
        <message>
            <source>%1
(kept raw)</source>
            <translation>%1
(sin procesar)</translation>
        </message>
        <message>
            <source>Column "%1" is read as %2.</source>
            <translation>La columna «%1» se lee como %2.</translation>
        </message>
        <message>
            <source>Column "%1" feeds no field; its cells are kept raw with each row.</source>
            <translation>La columna «%1» no alimenta ningún campo; sus celdas se guardan sin procesar con cada fila.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ImportWizard</name>
        <message>
            <source>Ambiguous date</source>
            <translation>Fecha ambigua</translation>
        </message>
        <message>
            <source>Not a date</source>
            <translation>No es una fecha</translation>
        </message>
        <message>
            <source>Excel serial date</source>
            <translation>Fecha serial de Excel</translation>
        </message>
        <message>
            <source>ID in scientific notation</source>
            <translation>ID en notación científica</translation>
        </message>
        <message>
            <source>Code zeros restored</source>
            <translation>Ceros del código restaurados</translation>
        </message>
        <message>
            <source>No email</source>
            <translation>Sin correo electrónico</translation>
        </message>
        <message>
            <source>Invalid email</source>
            <translation>Correo electrónico no válido</translation>
        </message>
        <message>
            <source>Several emails</source>
            <translation>Varios correos electrónicos</translation>
        </message>
        <message>
            <source>Name missing</source>
            <translation>Falta el nombre</translation>
        </message>
        <message>
            <source>No assessment code</source>
            <translation>Sin código de evaluación</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>Unknown result</source>
            <translation>Resultado desconocido</translation>
        </message>
        <message>
            <source>Score not a number</source>
            <translation>El puntaje no es un número</translation>
        </message>
        <message>
            <source>Garbled text repaired</source>
            <translation>Texto dañado reparado</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>separado por comas</translation>
        </message>
        <message>
            <source>semicolon-separated</source>
            <translation>separado por punto y coma</translation>
        </message>
        <message>
            <source>tab-separated</source>
            <translation>separado por tabulaciones</translation>
        </message>
        <message numerus="yes">
            <source>about %n s left</source>
            <translation>
                <numerusform>queda alrededor de %n s</numerusform>
                <numerusform>quedan alrededor de %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n min left</source>
            <translation>
                <numerusform>queda alrededor de %n min</numerusform>
                <numerusform>quedan alrededor de %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose &amp;another file…</source>
            <translation>Elegir &amp;otro archivo…</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>1 File</source>
            <translation>1 Archivo</translation>
        </message>
        <message>
            <source>2 Preview</source>
            <translation>2 Vista previa</translation>
        </message>
        <message>
            <source>3 Columns</source>
            <translation>3 Columnas</translation>
        </message>
        <message>
            <source>4 Check</source>
            <translation>4 Verificación</translation>
        </message>
        <message>
            <source>5 Import</source>
            <translation>5 Importación</translation>
        </message>
        <message>
            <source>No export imported yet</source>
            <translation>Todavía no se importó ninguna exportación</translation>
        </message>
        <message>
            <source>Import this month's CTIMS export (CSV or XLSX): choose the file, or drop it on this page. You see its first rows and how its columns are read before anything is saved.</source>
            <translation>Importe la exportación de CTIMS de este mes (CSV o XLSX): elija el archivo o suéltelo en esta página. Verá sus primeras filas y cómo se leen sus columnas antes de que se guarde nada.</translation>
        </message>
        <message>
            <source>Choose export file…</source>
            <translation>Elegir el archivo de exportación…</translation>
        </message>
        <message>
            <source>Choose the export file (Ctrl+O)</source>
            <translation>Elegir el archivo de exportación (Ctrl+O)</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Codificación:</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>Windows-1252</source>
            <translation>Windows-1252</translation>
        </message>
        <message>
            <source>UTF-16 (little-endian)</source>
            <translation>UTF-16 (little-endian)</translation>
        </message>
        <message>
            <source>UTF-16 (big-endian)</source>
            <translation>UTF-16 (big-endian)</translation>
        </message>
        <message>
            <source>How the file's characters are read. If names show odd characters (Ã© or �), try another encoding: the preview reloads.</source>
            <translation>Cómo se leen los caracteres del archivo. Si los nombres muestran caracteres extraños (Ã© o �), pruebe otra codificación: la vista previa se vuelve a cargar.</translation>
        </message>
        <message>
            <source>S&amp;heet:</source>
            <translation>&amp;Hoja:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>&amp;Fila de encabezados:</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>no se encontró</translation>
        </message>
        <message>
            <source>The row of the file that holds the column names. The rows above it (titles, run dates) are not imported.</source>
            <translation>La fila del archivo que contiene los nombres de las columnas. Las filas de arriba (títulos, fechas de generación) no se importan.</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>De&amp;tectar</translation>
        </message>
        <message>
            <source>Let BadgeDesk find the header row again.</source>
            <translation>Dejar que BadgeDesk vuelva a buscar la fila de encabezados.</translation>
        </message>
        <message>
            <source>Show only the rows with a problem or that cannot be read.</source>
            <translation>Mostrar solo las filas con un problema o que no se pueden leer.</translation>
        </message>
        <message>
            <source>Save this mapping as a &amp;profile:</source>
            <translation>Guardar esta asignación como &amp;perfil:</translation>
        </message>
        <message>
            <source>for example CTIMS Real-Time</source>
            <translation>por ejemplo CTIMS Real-Time</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>&amp;Guardar el perfil</translation>
        </message>
        <message>
            <source>Files with these column names then use this mapping automatically.</source>
            <translation>Los archivos con estos nombres de columna usarán luego esta asignación automáticamente.</translation>
        </message>
        <message>
            <source>The month this batch is for: the month of the entries it holds.</source>
            <translation>El mes al que corresponde este lote: el mes de los registros que contiene.</translation>
        </message>
        <message>
            <source>&amp;Month of the batch:</source>
            <translation>&amp;Mes del lote:</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>What it means, what to do</source>
            <translation>Qué significa, qué hacer</translation>
        </message>
        <message>
            <source>Nothing is saved until the import finishes. It is all or nothing: Cancel, or any error, leaves the database as it was. Rows with problems are imported and marked; you fix them in Review.</source>
            <translation>No se guarda nada hasta que termine la importación. Es todo o nada: Cancelar, o cualquier error, deja la base de datos como estaba. Las filas con problemas se importan y se marcan; se corrigen en Revisión.</translation>
        </message>
        <message>
            <source>You can work on other pages meanwhile; the status bar shows how far it is.</source>
            <translation>Mientras tanto puede trabajar en otras páginas; la barra de estado muestra cuánto avanzó.</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancelar la importación</translation>
        </message>
        <message>
            <source>Stops the import; nothing of it is kept.</source>
            <translation>Detiene la importación; no se conserva nada de ella.</translation>
        </message>
        <message>
            <source>Import &amp;another file…</source>
            <translation>Importar &amp;otro archivo…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>The file cannot be imported as it is read now; see the message above.</source>
            <translation>El archivo no se puede importar tal como se lee ahora; vea el mensaje de arriba.</translation>
        </message>
        <message>
            <source>This file was imported before; importing it again would add nothing.</source>
            <translation>Este archivo ya se importó antes; importarlo de nuevo no agregaría nada.</translation>
        </message>
        <message>
            <source>Choose the month of the batch.</source>
            <translation>Elija el mes del lote.</translation>
        </message>
        <message>
            <source>Import CTIMS export</source>
            <translation>Importar la exportación de CTIMS</translation>
        </message>
        <message>
            <source>CTIMS exports (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Exportaciones de CTIMS (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>%1 has no rows to import.</source>
            <translation>%1 no tiene filas que importar.</translation>
        </message>
        <message>
            <source>%1 is not a CSV file or an Excel workbook (.xlsx), so BadgeDesk cannot read it. Export the month from CTIMS as CSV or Excel and choose that file.</source>
            <translation>%1 no es un archivo CSV ni un libro de Excel (.xlsx), así que BadgeDesk no puede leerlo. Exporte el mes desde CTIMS como CSV o Excel y elija ese archivo.</translation>
        </message>
        <message>
            <source>The workbook has other sheets (%1): choose one under Sheet.</source>
            <translation>El libro tiene otras hojas (%1): elija una en Hoja.</translation>
        </message>
        <message numerus="yes">
            <source>This file was already imported on %1 as batch %2 (month %3, %Ln row(s) added). Importing it again would add nothing. Open that batch in Review, or choose another file.</source>
            <translation>
                <numerusform>Este archivo ya se importó el %1 como lote %2 (mes %3, %Ln fila agregada). Importarlo de nuevo no agregaría nada. Abra ese lote en Revisión o elija otro archivo.</numerusform>
                <numerusform>Este archivo ya se importó el %1 como lote %2 (mes %3, %Ln filas agregadas). Importarlo de nuevo no agregaría nada. Abra ese lote en Revisión o elija otro archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open batch %1 in Review</source>
            <translation>Abrir el lote %1 en Revisión</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>Excel workbook (1904 dates)</source>
            <translation>Libro de Excel (fechas de 1904)</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Libro de Excel</translation>
        </message>
        <message>
            <source>header on row %1</source>
            <translation>encabezados en la fila %1</translation>
        </message>
        <message>
            <source>detected</source>
            <translation>detectado</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>elegido por usted</translation>
        </message>
        <message>
            <source>, with byte order mark</source>
            <translation>, con marca de orden de bytes</translation>
        </message>
        <message>
            <source>row %1: "%2"</source>
            <translation>fila %1: «%2»</translation>
        </message>
        <message>
            <source>Not imported, above the header: %1.</source>
            <translation>No se importa, está arriba de los encabezados: %1.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n row(s) of the file, as read.</source>
            <translation>
                <numerusform>La primera fila del archivo (%n), tal como se lee.</numerusform>
                <numerusform>Las primeras %n filas del archivo, tal como se leen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) of the file, as read.</source>
            <translation>
                <numerusform>La única fila del archivo (%n), tal como se lee.</numerusform>
                <numerusform>Las %n filas del archivo, tal como se leen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each column shows the field it feeds. Tinted cells have a problem (point at one to see it); grey rows cannot be read and are kept raw.</source>
            <translation>Cada columna muestra el campo que alimenta. Las celdas coloreadas tienen un problema (señale una para verlo); las filas grises no se pueden leer y se guardan sin procesar.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Only rows with problems (%Ln)</source>
            <translation>
                <numerusform>&amp;Solo filas con problemas (%Ln)</numerusform>
                <numerusform>&amp;Solo filas con problemas (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are mapped by your saved profile "%1", picked because this file has its columns. Change any line below if needed.</source>
            <translation>Las columnas se asignan con su perfil guardado «%1», elegido porque este archivo tiene sus columnas. Cambie cualquier línea de abajo si hace falta.</translation>
        </message>
        <message>
            <source>The mapping as you set it. Save it as a profile to have files with these columns mapped the same way next month.</source>
            <translation>La asignación tal como usted la configuró. Guárdela como perfil para que los archivos con estas columnas se asignen igual el mes próximo.</translation>
        </message>
        <message>
            <source>The columns are mapped by their names. Check the lines in bold: they are what a badge needs. Change a line by choosing another column.</source>
            <translation>Las columnas se asignan por sus nombres. Revise las líneas en negrita: son lo que necesita una insignia. Para cambiar una línea, elija otra columna.</translation>
        </message>
        <message>
            <source>Not read as any field, kept raw with each row: %1.</source>
            <translation>No se lee como ningún campo, se guarda sin procesar con cada fila: %1.</translation>
        </message>
        <message>
            <source>detected from the entry times; change it if this export is for another month.</source>
            <translation>detectado a partir de las horas de registro; cámbielo si esta exportación es de otro mes.</translation>
        </message>
        <message>
            <source>no entry time or test date in the first rows: check the month.</source>
            <translation>no hay hora de registro ni fecha de prueba en las primeras filas: verifique el mes.</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>No se puede leer</translation>
        </message>
        <message>
            <source>Not an entry (shifted columns, junk, nothing in the mapped columns). Kept raw with its row number and listed after the import; check the file there.</source>
            <translation>No es un registro (columnas corridas, basura, nada en las columnas asignadas). Se guarda sin procesar con su número de fila y aparece en la lista después de la importación; revise allí el archivo.</translation>
        </message>
        <message numerus="yes">
            <source>No problems in the first %n row(s).</source>
            <translation>
                <numerusform>No hay problemas en la primera fila (%n).</numerusform>
                <numerusform>No hay problemas en las primeras %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Problems in the first %n row(s) (the import checks every row the same way; none of them stops it):</source>
            <translation>
                <numerusform>Problemas en la primera fila (%n) (la importación revisa cada fila de la misma manera; ninguno la detiene):</numerusform>
                <numerusform>Problemas en las primeras %n filas (la importación revisa cada fila de la misma manera; ninguno la detiene):</numerusform>
            </translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>No se guardó el perfil: %1</translation>
        </message>
        <message>
            <source>Saved the profile "%1". Files with these column names are mapped this way automatically from now on.</source>
            <translation>Se guardó el perfil «%1». Desde ahora, los archivos con estos nombres de columna se asignan así automáticamente.</translation>
        </message>
        <message>
            <source>Importing %1 into the batch for %2…</source>
            <translation>Importando %1 al lote de %2…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>importing %1…</source>
            <translation>importando %1…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) read</source>
            <translation>
                <numerusform>%Ln fila leída</numerusform>
                <numerusform>%Ln filas leídas</numerusform>
            </translation>
        </message>
        <message>
            <source>importing %1: %2</source>
            <translation>importando %1: %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Cancelling: putting the database back as it was…</source>
            <translation>Cancelando: dejando la base de datos como estaba…</translation>
        </message>
        <message>
            <source>Drop %1 to preview it. Nothing is imported before you confirm.</source>
            <translation>Suelte %1 para ver una vista previa. No se importa nada antes de que confirme.</translation>
        </message>
        <message>
            <source>Imported: batch %1 for %2</source>
            <translation>Importado: lote %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) marked on the rows; Review shows them with what to do.</source>
            <translation>
                <numerusform>%n problema marcado en las filas; Revisión lo muestra con lo que hay que hacer.</numerusform>
                <numerusform>%n problemas marcados en las filas; Revisión los muestra con lo que hay que hacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open batch %1 in &amp;Review</source>
            <translation>Abrir el lote %1 en &amp;Revisión</translation>
        </message>
        <message>
            <source>Nothing added</source>
            <translation>No se agregó nada</translation>
        </message>
        <message>
            <source>The file's rows as read</source>
            <translation>Las filas del archivo tal como se leen</translation>
        </message>
        <message>
            <source>Problems found, by kind</source>
            <translation>Problemas encontrados, por tipo</translation>
        </message>
        <message>
            <source>Unknown language</source>
            <translation>Idioma desconocido</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::IssuanceLogPage</name>
        <message>
            <source>No badges issued yet</source>
            <translation>Todavía no se emitió ninguna insignia</translation>
        </message>
        <message>
            <source>Every badge sent to Credly, and every request behind it, shows here once a batch is issued.</source>
            <translation>Cada insignia enviada a Credly, y cada solicitud detrás de ella, aparece aquí cuando se emite un lote.</translation>
        </message>
        <message>
            <source>Go to Issue</source>
            <translation>Ir a Emitir</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Worklist (problems)</source>
            <translation>Pendientes (problemas)</translation>
        </message>
        <message>
            <source>Failed, rejected or revoked badges, and badges pending longer than %1 days.</source>
            <translation>Insignias fallidas, rechazadas o revocadas, e insignias pendientes desde hace más de %1 días.</translation>
        </message>
        <message>
            <source>Sent from</source>
            <translation>Enviadas desde</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Lote:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>&amp;Sync from Credly</source>
            <translation>&amp;Sincronizar desde Credly</translation>
        </message>
        <message>
            <source>Read each issued badge's state (pending, accepted, rejected, revoked) from Credly.</source>
            <translation>Leer de Credly el estado de cada insignia emitida (pendiente, aceptada, rechazada, revocada).</translation>
        </message>
        <message>
            <source>Re&amp;try Failed</source>
            <translation>Rein&amp;tentar las fallidas</translation>
        </message>
        <message>
            <source>Queue the selected failed rows (or all failed rows of the batch) again; issue the batch again on the Issue page.</source>
            <translation>Volver a poner en cola las filas fallidas seleccionadas (o todas las filas fallidas del lote); vuelva a emitir el lote en la página Emitir.</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>Re&amp;vocar…</translation>
        </message>
        <message>
            <source>Fix &amp;Email…</source>
            <translation>Corregir el &amp;correo…</translation>
        </message>
        <message>
            <source>Replace a pending badge so it goes to a corrected email.</source>
            <translation>Reemplazar una insignia pendiente para que vaya a un correo electrónico corregido.</translation>
        </message>
        <message>
            <source>E&amp;xport View…</source>
            <translation>E&amp;xportar la vista…</translation>
        </message>
        <message>
            <source>Requests to Credly for this row:</source>
            <translation>Solicitudes a Credly para esta fila:</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Todos los lotes</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in view in %1: %2 issued, %3 failed.</source>
            <translation>
                <numerusform>%n fila en la vista en %1: %2 emitidas, %3 fallidas.</numerusform>
                <numerusform>%n filas en la vista en %1: %2 emitidas, %3 fallidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a row to see its details and every request made for it.</source>
            <translation>Seleccione una fila para ver sus detalles y cada solicitud hecha para ella.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (row %2 of %3, %4)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (fila %2 de %3, %4)</translation>
        </message>
        <message>
            <source>Email: %1</source>
            <translation>Correo electrónico: %1</translation>
        </message>
        <message>
            <source> (changed by a replace; was %1)</source>
            <translation> (cambiado por un reemplazo; antes era %1)</translation>
        </message>
        <message>
            <source>State: %1%2</source>
            <translation>Estado: %1%2</translation>
        </message>
        <message>
            <source>, found at Credly after an interruption</source>
            <translation>, encontrada en Credly después de una interrupción</translation>
        </message>
        <message>
            <source>Credly badge %1: %2%3</source>
            <translation>Insignia de Credly %1: %2%3</translation>
        </message>
        <message>
            <source>state unknown</source>
            <translation>estado desconocido</translation>
        </message>
        <message>
            <source> (checked %1)</source>
            <translation> (verificado el %1)</translation>
        </message>
        <message>
            <source>Revoked because: %1</source>
            <translation>Revocada porque: %1</translation>
        </message>
        <message>
            <source>Replaces badge %1</source>
            <translation>Reemplaza la insignia %1</translation>
        </message>
        <message numerus="yes">
            <source>Template %1 · earner id %2 · %n send(s)</source>
            <translation>
                <numerusform>Plantilla %1 · id del destinatario %2 · %n envío</numerusform>
                <numerusform>Plantilla %1 · id del destinatario %2 · %n envíos</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading badge states from Credly: %1 of %2…</source>
            <translation>Leyendo de Credly los estados de las insignias: %1 de %2…</translation>
        </message>
        <message>
            <source>Select the failed rows to retry, or pick a batch to retry all its failed rows.</source>
            <translation>Seleccione las filas fallidas que quiere reintentar, o elija un lote para reintentar todas sus filas fallidas.</translation>
        </message>
        <message>
            <source>The rows could not be queued again: %1</source>
            <translation>No se pudieron volver a poner en cola las filas: %1</translation>
        </message>
        <message>
            <source>No failed rows to retry here.</source>
            <translation>Aquí no hay filas fallidas que reintentar.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) queued again. Issue the batch on the Issue page to send them (rows whose outcome was unknown are looked up at Credly first).</source>
            <translation>
                <numerusform>Se volvió a poner en cola %n fila. Emita el lote en la página Emitir para enviarla (las filas con resultado desconocido se buscan primero en Credly).</numerusform>
                <numerusform>Se volvieron a poner en cola %n filas. Emita el lote en la página Emitir para enviarlas (las filas con resultado desconocido se buscan primero en Credly).</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke Badge</source>
            <translation>Revocar la insignia</translation>
        </message>
        <message>
            <source>Revoke the badge of %1 (%2)? The earner sees it revoked; Credly requires a reason:</source>
            <translation>¿Revocar la insignia de %1 (%2)? El destinatario la verá revocada; Credly exige un motivo:</translation>
        </message>
        <message>
            <source>Not revoked: give a reason (Credly requires one, and it is kept in the audit log).</source>
            <translation>No se revocó: indique un motivo (Credly lo exige y se guarda en el registro de auditoría).</translation>
        </message>
        <message>
            <source>Fix Email</source>
            <translation>Corregir el correo electrónico</translation>
        </message>
        <message>
            <source>The badge of %1 is still pending at %2. Send it to this email instead (Credly replaces the badge):</source>
            <translation>La insignia de %1 sigue pendiente en %2. Enviarla a este correo electrónico en su lugar (Credly reemplaza la insignia):</translation>
        </message>
        <message>
            <source>The view was not exported: %1</source>
            <translation>No se exportó la vista: %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %n fila a %1.</numerusform>
                <numerusform>Se exportaron %n filas a %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Issuance Log</source>
            <translation>Exportar el registro de emisión</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Sent until</source>
            <translation>Enviadas hasta</translation>
        </message>
        <message>
            <source>Issued badges</source>
            <translation>Insignias emitidas</translation>
        </message>
        <message>
            <source>Requests to Credly for this row</source>
            <translation>Solicitudes a Credly para esta fila</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::IssueGate::Check</name>
        <message>
            <source>There is no such batch. Pick one from the batch selector (or `badgedesk-cli info`).</source>
            <translation>Ese lote no existe. Elija uno en el selector de lotes (o con `badgedesk-cli info`).</translation>
        </message>
        <message>
            <source>The batch is not signed off. Sign it off on the Review page first.</source>
            <translation>El lote no tiene el visto bueno. Primero dele el visto bueno en la página Revisión.</translation>
        </message>
        <message>
            <source>The batch has no approved rows to issue.</source>
            <translation>El lote no tiene filas aprobadas que emitir.</translation>
        </message>
        <message>
            <source>Wait until then, or issue now with a written reason (it is kept in the audit log).</source>
            <translation>Espere hasta entonces, o emita ahora con un motivo por escrito (se guarda en el registro de auditoría).</translation>
        </message>
        <message numerus="yes">
            <source>No notice to the students is recorded for this batch, and badges go out only %n day(s) after it.</source>
            <translation>
                <numerusform>No hay ningún aviso a los estudiantes registrado para este lote, y las insignias salen solo %n día después de él.</numerusform>
                <numerusform>No hay ningún aviso a los estudiantes registrado para este lote, y las insignias salen solo %n días después de él.</numerusform>
            </translation>
        </message>
        <message>
            <source>The notice went out on %1; the wait ended %2.</source>
            <translation>El aviso se envió el %1; la espera terminó el %2.</translation>
        </message>
        <message>
            <source>The notice went out on %1; the wait ends %2.</source>
            <translation>El aviso se envió el %1; la espera termina el %2.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::IssuePage</name>
        <message>
            <source>Nothing approved to issue yet</source>
            <translation>Todavía no hay nada aprobado que emitir</translation>
        </message>
        <message>
            <source>Badges are issued from a signed-off batch once the students have been notified. Review and approve this month's rows first.</source>
            <translation>Las insignias se emiten desde un lote con visto bueno una vez que se avisó a los estudiantes. Primero revise y apruebe las filas de este mes.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Ir a Revisión</translation>
        </message>
        <message>
            <source>&amp;Resume Issuing</source>
            <translation>&amp;Reanudar la emisión</translation>
        </message>
        <message>
            <source>How many requests go to Credly at once. 4 is a good start; lower it if Credly asks to slow down often.</source>
            <translation>Cuántas solicitudes van a Credly a la vez. 4 es un buen comienzo; bájelo si Credly pide a menudo ir más despacio.</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source> per minute</source>
            <translation> por minuto</translation>
        </message>
        <message>
            <source>A ceiling on requests per minute; Credly's own limit is not published.</source>
            <translation>Un máximo de solicitudes por minuto; Credly no publica su propio límite.</translation>
        </message>
        <message>
            <source>Requests at once:</source>
            <translation>Solicitudes a la vez:</translation>
        </message>
        <message>
            <source>Rate cap:</source>
            <translation>Límite de ritmo:</translation>
        </message>
        <message>
            <source>Issue before the notice wait, because:</source>
            <translation>Emitir antes de que termine la espera del aviso, porque:</translation>
        </message>
        <message>
            <source>the reason, kept in the audit log</source>
            <translation>el motivo, que se guarda en el registro de auditoría</translation>
        </message>
        <message>
            <source>&amp;Preflight</source>
            <translation>&amp;Verificación previa</translation>
        </message>
        <message>
            <source>Check templates and existing badges at Credly and predict each row's outcome. Nothing is sent.</source>
            <translation>Verificar las plantillas y las insignias existentes en Credly y prever el resultado de cada fila. No se envía nada.</translation>
        </message>
        <message>
            <source>&amp;Issue Badges…</source>
            <translation>&amp;Emitir insignias…</translation>
        </message>
        <message>
            <source>P&amp;ause</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Run the preflight to see what each row will do.</source>
            <translation>Ejecute la verificación previa para ver qué pasará con cada fila.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Todas las filas</translation>
        </message>
        <message>
            <source>Issue %1 to %2</source>
            <translation>Emitir %1 a %2</translation>
        </message>
        <message>
            <source>A run of this batch was interrupted (started %1; %2 issued by then). Resuming checks at Credly the rows that were in flight, then sends the rest; no badge is issued twice.</source>
            <translation>Se interrumpió una ejecución de este lote (iniciada el %1; %2 emitidas hasta entonces). Al reanudar se verifican en Credly las filas que estaban en curso y luego se envía el resto; ninguna insignia se emite dos veces.</translation>
        </message>
        <message>
            <source>Issuing of %1 was interrupted; the Issue page offers to resume it.</source>
            <translation>Se interrumpió la emisión de %1; la página Emitir ofrece reanudarla.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) still wait to be sent.</source>
            <translation>
                <numerusform>Falta enviar %n fila.</numerusform>
                <numerusform>Faltan enviar %n filas.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 approved rows issued (%3 already at Credly), %4 failed.</source>
            <translation>%1 de %2 filas aprobadas emitidas (%3 ya estaban en Credly), %4 fallidas.</translation>
        </message>
        <message>
            <source>Credly is not set up.</source>
            <translation>Credly no está configurado.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reanudar</translation>
        </message>
        <message>
            <source>Preflight: %1 of %2 look-ups at Credly…</source>
            <translation>Verificación previa: %1 de %2 consultas en Credly…</translation>
        </message>
        <message>
            <source>Preflight: checking the badge templates at Credly…</source>
            <translation>Verificación previa: verificando las plantillas de insignia en Credly…</translation>
        </message>
        <message>
            <source>Preflight (nothing sent): %1</source>
            <translation>Verificación previa (no se envió nada): %1</translation>
        </message>
        <message>
            <source>Preflight canceled.</source>
            <translation>Verificación previa cancelada.</translation>
        </message>
        <message>
            <source>Preflight done: %1</source>
            <translation>Verificación previa terminada: %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>All rows (%1)</source>
            <translation>Todas las filas (%1)</translation>
        </message>
        <message>
            <source>Issue to Production</source>
            <translation>Emitir en Producción</translation>
        </message>
        <message numerus="yes">
            <source>Issue up to %n badge(s) of %1 to PRODUCTION (organization %2)?

Real students get real emails from Credly. %3 were issued before and are skipped.</source>
            <translation>
                <numerusform>¿Emitir hasta %n insignia de %1 en PRODUCCIÓN (organización %2)?

Estudiantes reales reciben correos reales de Credly. %3 se emitieron antes y se omiten.</numerusform>
                <numerusform>¿Emitir hasta %n insignias de %1 en PRODUCCIÓN (organización %2)?

Estudiantes reales reciben correos reales de Credly. %3 se emitieron antes y se omiten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the backup before issuing could not be written (%1). Free some disk space, then try again.</source>
            <translation>No se envió nada: no se pudo escribir la copia de seguridad previa a la emisión (%1). Libere espacio en disco y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Nothing was sent: the notice override could not be recorded in the audit log.</source>
            <translation>No se envió nada: no se pudo registrar en el registro de auditoría la excepción a la espera del aviso.</translation>
        </message>
        <message>
            <source>Starting: preparing the journal and checking the badge templates…</source>
            <translation>Iniciando: preparando el registro de emisión y verificando las plantillas de insignia…</translation>
        </message>
        <message>
            <source>Checking at Credly the rows an interrupted run left in flight… </source>
            <translation>Verificando en Credly las filas que una ejecución interrumpida dejó en curso… </translation>
        </message>
        <message numerus="yes">
            <source>Pausing: %n request(s) in flight finish first. </source>
            <translation>
                <numerusform>Pausando: primero terminan %n solicitud en curso. </numerusform>
                <numerusform>Pausando: primero terminan %n solicitudes en curso. </numerusform>
            </translation>
        </message>
        <message>
            <source>Paused. </source>
            <translation>En pausa. </translation>
        </message>
        <message numerus="yes">
            <source>Stopping: %n request(s) in flight finish first. </source>
            <translation>
                <numerusform>Deteniendo: primero termina %n solicitud en curso. </numerusform>
                <numerusform>Deteniendo: primero terminan %n solicitudes en curso. </numerusform>
            </translation>
        </message>
        <message>
            <source>Issuing: %1</source>
            <translation>Emitiendo: %1</translation>
        </message>
        <message>
            <source>Run the preflight again to check the batch against Credly.</source>
            <translation>Vuelva a ejecutar la verificación previa para comparar el lote con Credly.</translation>
        </message>
        <message>
            <source>Issuing Is Running</source>
            <translation>La emisión está en curso</translation>
        </message>
        <message>
            <source>Badges are being issued (%1 of %2 done). Stop and close?

Requests in flight finish and are recorded; the rest wait, and BadgeDesk offers to resume them next time.</source>
            <translation>Se están emitiendo insignias (%1 de %2 listas). ¿Detener y cerrar?

Las solicitudes en curso terminan y se registran; el resto espera, y BadgeDesk ofrece reanudarlas la próxima vez.</translation>
        </message>
        <message>
            <source>Preflight: the outcome of each row</source>
            <translation>Verificación previa: el resultado de cada fila</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::IssueProgress</name>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 de %2 listas</translation>
        </message>
        <message>
            <source>%1 issued</source>
            <translation>%1 emitidas</translation>
        </message>
        <message>
            <source>%1 already at Credly</source>
            <translation>%1 ya en Credly</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 fallidas</translation>
        </message>
        <message>
            <source>%1 done before</source>
            <translation>%1 hechas antes</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>quedan alrededor de %1</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::Issuer</name>
        <message>
            <source>Another BadgeDesk (%1, process %2) is issuing from this database. Let it finish or close it, then start again.</source>
            <translation>Otro BadgeDesk (%1, proceso %2) está emitiendo desde esta base de datos. Deje que termine o ciérrelo, y vuelva a empezar.</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>programa desconocido</translation>
        </message>
        <message>
            <source>The run ended without finishing (BadgeDesk was closed or stopped); a later run took over.</source>
            <translation>La ejecución terminó sin completarse (BadgeDesk se cerró o se detuvo); una ejecución posterior tomó el relevo.</translation>
        </message>
        <message>
            <source>The journal could not be prepared: %1</source>
            <translation>No se pudo preparar el registro de emisión: %1</translation>
        </message>
        <message>
            <source>The failed rows could not be queued again: %1</source>
            <translation>No se pudieron volver a poner en cola las filas fallidas: %1</translation>
        </message>
        <message>
            <source>The run could not be recorded: %1</source>
            <translation>No se pudo registrar la ejecución: %1</translation>
        </message>
        <message>
            <source>The badge templates could not be read from Credly, so nothing was sent: %1</source>
            <translation>No se pudieron leer de Credly las plantillas de insignia, así que no se envió nada: %1</translation>
        </message>
        <message>
            <source>The row has no %1, which Credly needs. Fix it in Review, then retry the row.</source>
            <translation>La fila no tiene %1, que Credly necesita. Corríjalo en Revisión y reintente la fila.</translation>
        </message>
        <message>
            <source>The assessment %1 has no Credly badge template in the catalog. Pick one on the Catalog page, then retry the row.</source>
            <translation>La evaluación %1 no tiene una plantilla de insignia de Credly en el catálogo. Elija una en la página Catálogo y reintente la fila.</translation>
        </message>
        <message>
            <source>Credly does not know the badge template %1 of assessment %2. Map the assessment to an active template on the Catalog page, then retry the row.</source>
            <translation>Credly no conoce la plantilla de insignia %1 de la evaluación %2. Asigne la evaluación a una plantilla activa en la página Catálogo y reintente la fila.</translation>
        </message>
        <message>
            <source>The badge template %1 of assessment %2 is %3 at Credly and cannot issue. Map the assessment to an active template on the Catalog page, then retry the row.</source>
            <translation>La plantilla de insignia %1 de la evaluación %2 está en estado %3 en Credly y no puede emitir. Asigne la evaluación a una plantilla activa en la página Catálogo y reintente la fila.</translation>
        </message>
        <message>
            <source>Credly refused to look a badge up, so sending stopped: %1</source>
            <translation>Credly se negó a buscar una insignia, así que el envío se detuvo: %1</translation>
        </message>
        <message>
            <source>Credly failed %1 times (last: %2). It has no badge for this row; retry it later.</source>
            <translation>Credly falló %1 veces (última: %2). No tiene ninguna insignia para esta fila; reinténtela más tarde.</translation>
        </message>
        <message>
            <source>Credly asked to slow down (HTTP 429); sending resumes at %1.</source>
            <translation>Credly pidió ir más despacio (HTTP 429); el envío se reanuda a las %1.</translation>
        </message>
        <message>
            <source>Credly refused the token (%1): it expired or was revoked. Sending stopped at %2; nothing is lost. Create a new token in Credly under Developers &gt; Authorization Tokens, store it in Credly &gt; Settings, then resume.</source>
            <translation>Credly rechazó el token (%1): venció o fue revocado. El envío se detuvo en %2; no se perdió nada. Cree un token nuevo en Credly en Developers &gt; Authorization Tokens, guárdelo en Credly &gt; Configuración y reanude.</translation>
        </message>
        <message>
            <source>The token may not issue badges (%1): it lacks write permission. Sending stopped at %2; nothing is lost. Use a token with write permission (Credly &gt; Settings), then resume.</source>
            <translation>El token no puede emitir insignias (%1): le falta permiso de escritura. El envío se detuvo en %2; no se perdió nada. Use un token con permiso de escritura (Credly &gt; Configuración) y reanude.</translation>
        </message>
        <message>
            <source>Credly refused the request (%1). Check the organization id in Credly &gt; Settings, then resume.</source>
            <translation>Credly rechazó la solicitud (%1). Revise el id de la organización en Credly &gt; Configuración y reanude.</translation>
        </message>
        <message>
            <source>Credly says the earner already has this badge, but the badge could not be looked up (%1). Retry the row later.</source>
            <translation>Credly indica que el destinatario ya tiene esta insignia, pero no se pudo buscar la insignia (%1). Reintente la fila más tarde.</translation>
        </message>
        <message>
            <source>Credly already has this badge for this row's email, issued to another student (an email shared by several students?). Give this student an email of their own in Review, then retry the row.</source>
            <translation>Credly ya tiene esta insignia para el correo electrónico de esta fila, emitida a otro estudiante (¿un correo compartido por varios estudiantes?). Dé a este estudiante un correo propio en Revisión y reintente la fila.</translation>
        </message>
        <message>
            <source>Credly refused the badge as a duplicate (%1), but no matching badge was found. Check the earner's badges at Credly.</source>
            <translation>Credly rechazó la insignia por duplicada (%1), pero no se encontró ninguna insignia que coincida. Revise las insignias del destinatario en Credly.</translation>
        </message>
        <message>
            <source>Could not check at Credly whether the badge was created (%1). It is looked up again before any retry, so it cannot be issued twice.</source>
            <translation>No se pudo verificar en Credly si se creó la insignia (%1). Se vuelve a buscar antes de cualquier reintento, así que no se puede emitir dos veces.</translation>
        </message>
        <message>
            <source>Could not look the badge up at Credly (%1). Retry the row later.</source>
            <translation>No se pudo buscar la insignia en Credly (%1). Reintente la fila más tarde.</translation>
        </message>
        <message>
            <source>Credly has not answered properly %1 times in a row (last: %2). Sending stopped; nothing is lost: rows whose outcome is unknown are looked up first when you resume.</source>
            <translation>Credly no respondió correctamente %1 veces seguidas (última: %2). El envío se detuvo; no se perdió nada: las filas con resultado desconocido se buscan primero al reanudar.</translation>
        </message>
        <message>
            <source>Credly is failing (%1); sending waits and resumes at %2.</source>
            <translation>Credly está fallando (%1); el envío espera y se reanuda a las %2.</translation>
        </message>
        <message>
            <source>The journal could not be written (%1). Sending stopped so that nothing goes out unrecorded. Check the free disk space, then resume.</source>
            <translation>No se pudo escribir el registro de emisión (%1). El envío se detuvo para que nada salga sin registrarse. Verifique el espacio libre en disco y reanude.</translation>
        </message>
        <message>
            <source>Canceled. %1 rows were not sent; they wait for the next run.</source>
            <translation>Cancelado. No se enviaron %1 filas; esperan a la próxima ejecución.</translation>
        </message>
        <message>
            <source>Done: %1 issued, %2 already at Credly (adopted), %3 done before.</source>
            <translation>Listo: %1 emitidas, %2 ya en Credly (adoptadas), %3 hechas antes.</translation>
        </message>
        <message>
            <source>Done with problems: %1 issued, %2 already at Credly, %3 failed (see the Issuance log; retry them once fixed), %4 done before.</source>
            <translation>Listo con problemas: %1 emitidas, %2 ya en Credly, %3 fallidas (vea el Registro de emisión; reinténtelas una vez corregidas), %4 hechas antes.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellido</translation>
        </message>
        <message>
            <source>valid test date</source>
            <translation>fecha de prueba válida</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::JournalModel</name>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitida</translation>
        </message>
        <message>
            <source>Already at Credly</source>
            <translation>Ya está en Credly</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source> (found after an interruption)</source>
            <translation> (encontrada después de una interrupción)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>At Credly</source>
            <translation>En Credly</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Sends</source>
            <translation>Envíos</translation>
        </message>
        <message>
            <source>Credly badge</source>
            <translation>Insignia de Credly</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::MainWindow</name>
        <message>
            <source>BadgeDesk — %1 — %2</source>
            <translation>BadgeDesk — %1 — %2</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Catálogo</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Emitir</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Import Export…</source>
            <translation>&amp;Importar una exportación…</translation>
        </message>
        <message>
            <source>Load &amp;Sample Month</source>
            <translation>Cargar un &amp;mes de ejemplo</translation>
        </message>
        <message>
            <source>&amp;Back Up Database…</source>
            <translation>&amp;Hacer una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Restore From Backup…</source>
            <translation>&amp;Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Lote</translation>
        </message>
        <message>
            <source>&amp;Sign Off Batch…</source>
            <translation>Dar el &amp;visto bueno al lote…</translation>
        </message>
        <message>
            <source>Export &amp;Notice List…</source>
            <translation>Exportar la lista de &amp;avisos…</translation>
        </message>
        <message>
            <source>&amp;Credly</source>
            <translation>&amp;Credly</translation>
        </message>
        <message>
            <source>Environment: %1</source>
            <translation>Entorno: %1</translation>
        </message>
        <message>
            <source>&amp;Refresh from Credly</source>
            <translation>&amp;Actualizar desde Credly</translation>
        </message>
        <message>
            <source>Credly &amp;Settings…</source>
            <translation>&amp;Configuración de Credly…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About BadgeDesk</source>
            <translation>&amp;Acerca de BadgeDesk</translation>
        </message>
        <message>
            <source>Copy &amp;Diagnostics</source>
            <translation>Copiar el &amp;diagnóstico</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>Database path</source>
            <translation>Ruta de la base de datos</translation>
        </message>
        <message>
            <source>Writes a synthetic month and fills the catalog and the Practice templates.</source>
            <translation>Escribe un mes sintético y llena el catálogo y las plantillas de Práctica.</translation>
        </message>
        <message>
            <source>Sample data is loaded only in Practice, so it never meets real data.</source>
            <translation>Los datos de ejemplo se cargan solo en Práctica, para que nunca se mezclen con datos reales.</translation>
        </message>
        <message>
            <source>%1 Practice templates synced.</source>
            <translation>Se sincronizaron %1 plantillas de Práctica.</translation>
        </message>
        <message>
            <source>%1 Practice templates synced, %2 catalog entries need another template.</source>
            <translation>Se sincronizaron %1 plantillas de Práctica; %2 entradas del catálogo necesitan otra plantilla.</translation>
        </message>
        <message>
            <source>Credly settings saved.</source>
            <translation>Se guardó la configuración de Credly.</translation>
        </message>
        <message>
            <source>Refreshing the badge templates from Credly…</source>
            <translation>Actualizando las plantillas de insignia desde Credly…</translation>
        </message>
        <message>
            <source>Sample month %1: %2 rows, %3 catalog entries added.</source>
            <translation>Mes de ejemplo %1: %2 filas y %3 entradas de catálogo agregadas.</translation>
        </message>
        <message>
            <source>Back Up Database</source>
            <translation>Hacer una copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <source>BadgeDesk database (*.sqlite)</source>
            <translation>Base de datos de BadgeDesk (*.sqlite)</translation>
        </message>
        <message>
            <source>The backup was not made: %1 exists and cannot be replaced. Choose another name.</source>
            <translation>No se hizo la copia de seguridad: %1 ya existe y no se puede reemplazar. Elija otro nombre.</translation>
        </message>
        <message>
            <source>The backup was not made: %1. Check the free space and the folder's permissions.</source>
            <translation>No se hizo la copia de seguridad: %1. Verifique el espacio libre y los permisos de la carpeta.</translation>
        </message>
        <message>
            <source>Backed up to %1 (%2 KB).</source>
            <translation>Copia de seguridad guardada en %1 (%2 KB).</translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Replace the database %1 with the backup %2 (%3)?

The database as it is now is kept beside it, renamed, so nothing is lost. BadgeDesk reopens on the restored copy.</source>
            <translation>¿Reemplazar la base de datos %1 con la copia de seguridad %2 (%3)?

La base de datos tal como está ahora se guarda a su lado, con otro nombre, así que no se pierde nada. BadgeDesk se vuelve a abrir con la copia restaurada.</translation>
        </message>
        <message>
            <source>Diagnostics copied to the clipboard: versions, paths and recent problems, no tokens or student data.</source>
            <translation>Diagnóstico copiado al portapapeles: versiones, rutas y problemas recientes, sin tokens ni datos de estudiantes.</translation>
        </message>
        <message>
            <source>Import this month's CTIMS export (CSV or XLSX) as a batch.</source>
            <translation>Importar como lote la exportación de CTIMS de este mes (CSV o XLSX).</translation>
        </message>
        <message>
            <source>&amp;Welcome…</source>
            <translation>&amp;Bienvenida…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>An import is running; wait for it to finish or cancel it first.</source>
            <translation>Hay una importación en curso; espere a que termine o cancélela primero.</translation>
        </message>
        <message>
            <source>Batch %1 holds the month.</source>
            <translation>El lote %1 contiene el mes.</translation>
        </message>
        <message>
            <source>Import running</source>
            <translation>Importación en curso</translation>
        </message>
        <message>
            <source>An import is still running. Stop it and close BadgeDesk?

Nothing of this import is kept; you can import the file again later.</source>
            <translation>Todavía hay una importación en curso. ¿Detenerla y cerrar BadgeDesk?

No se conserva nada de esta importación; puede volver a importar el archivo más tarde.</translation>
        </message>
        <message>
            <source>Freeze the batch's approved rows for issuing (Review page).</source>
            <translation>Congelar las filas aprobadas del lote para emitirlas (página Revisión).</translation>
        </message>
        <message>
            <source>Issuance Log</source>
            <translation>Registro de emisión</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>BadgeDesk will be in %1 from its next start: close it and open it again to switch now.</source>
            <translation>BadgeDesk estará en %1 desde su próximo inicio: ciérrelo y vuelva a abrirlo para cambiar ahora.</translation>
        </message>
        <message>
            <source>&amp;System language (%1)</source>
            <translation>Idioma del &amp;sistema (%1)</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Write the mail-merge list of the students to notify (Notice page).</source>
            <translation>Escribir la lista para combinación de correspondencia de los estudiantes a los que hay que avisar (página Aviso).</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>Your first month, step by step, with pictures.</source>
            <translation>Su primer mes, paso a paso, con imágenes.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeList</name>
        <message>
            <source>There is no such batch. Pick one from the batch selector.</source>
            <translation>Ese lote no existe. Elija uno en el selector de lotes.</translation>
        </message>
        <message>
            <source>The sign-off of this batch was voided by a later change. Sign it off again on the Review page; the notice goes only to a signed-off list.</source>
            <translation>Un cambio posterior anuló el visto bueno de este lote. Vuelva a darle el visto bueno en la página Revisión; el aviso solo se envía a una lista con visto bueno.</translation>
        </message>
        <message>
            <source>This batch is not signed off yet. Approve its rows and sign it off on the Review page; the notice goes only to a signed-off list.</source>
            <translation>Este lote todavía no tiene el visto bueno. Apruebe sus filas y dele el visto bueno en la página Revisión; el aviso solo se envía a una lista con visto bueno.</translation>
        </message>
        <message>
            <source>The batch's rows could not be read.</source>
            <translation>No se pudieron leer las filas del lote.</translation>
        </message>
        <message>
            <source>The batch has no approved rows: there is nobody to notify.</source>
            <translation>El lote no tiene filas aprobadas: no hay nadie a quien avisar.</translation>
        </message>
        <message>
            <source>Could not make a temporary folder for the export: %1</source>
            <translation>No se pudo crear una carpeta temporal para la exportación: %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::NoticePage</name>
        <message>
            <source>The notice waits for a signed-off batch</source>
            <translation>El aviso espera un lote con visto bueno</translation>
        </message>
        <message>
            <source>Students are told about their badge before Credly writes to them, and only the approved students of a signed-off batch are. Review this month's rows and sign the batch off first.</source>
            <translation>Se avisa a los estudiantes de su insignia antes de que Credly les escriba, y solo a los estudiantes aprobados de un lote con visto bueno. Primero revise las filas de este mes y dé el visto bueno al lote.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Ir a Revisión</translation>
        </message>
        <message>
            <source>Language of students without one:</source>
            <translation>Idioma para los estudiantes sin idioma registrado:</translation>
        </message>
        <message>
            <source>Language of students without one</source>
            <translation>Idioma para los estudiantes sin idioma registrado</translation>
        </message>
        <message>
            <source>&amp;Export Notice List…</source>
            <translation>E&amp;xportar la lista de avisos…</translation>
        </message>
        <message>
            <source>The mail-merge list (XLSX or CSV): names, email, badge, assessment, school, expected issue date and language of every approved student.</source>
            <translation>La lista para combinación de correspondencia (XLSX o CSV): nombre, correo electrónico, insignia, evaluación, escuela, fecha prevista de emisión e idioma de cada estudiante aprobado.</translation>
        </message>
        <message>
            <source>&amp;Mark Notice as Sent</source>
            <translation>&amp;Marcar el aviso como enviado</translation>
        </message>
        <message>
            <source>Record that the notice went out now; badges can be issued once the notice wait is over.</source>
            <translation>Registrar que el aviso salió ahora; las insignias se pueden emitir cuando termine la espera del aviso.</translation>
        </message>
        <message>
            <source>why the recorded notice is wrong (kept in the audit log)</source>
            <translation>por qué el aviso registrado es incorrecto (se guarda en el registro de auditoría)</translation>
        </message>
        <message>
            <source>Reason to clear the notice</source>
            <translation>Motivo para anular el aviso</translation>
        </message>
        <message>
            <source>C&amp;lear Notice</source>
            <translation>A&amp;nular el aviso</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>Texto del aviso</translation>
        </message>
        <message>
            <source>Language of the notice text</source>
            <translation>Idioma del texto del aviso</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>A&amp;sunto:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Placeholders (double-click to insert):</source>
            <translation>Marcadores (doble clic para insertar):</translation>
        </message>
        <message>
            <source>Placeholders</source>
            <translation>Marcadores</translation>
        </message>
        <message>
            <source>Sa&amp;ve Text</source>
            <translation>&amp;Guardar el texto</translation>
        </message>
        <message>
            <source>&amp;Restore Default</source>
            <translation>&amp;Restaurar el predeterminado</translation>
        </message>
        <message>
            <source>Put back BadgeDesk's own text for this language.</source>
            <translation>Restaurar el texto original de BadgeDesk para este idioma.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>S&amp;tudent:</source>
            <translation>Es&amp;tudiante:</translation>
        </message>
        <message>
            <source>Student to preview</source>
            <translation>Estudiante para la vista previa</translation>
        </message>
        <message>
            <source>Message preview</source>
            <translation>Vista previa del mensaje</translation>
        </message>
        <message>
            <source>⚠ Not a placeholder BadgeDesk knows: %1. Fix the spelling; it would be sent as written.</source>
            <translation>⚠ No es un marcador que BadgeDesk conozca: %1. Corrija la ortografía; se enviaría tal como está escrito.</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Cambios sin guardar.</translation>
        </message>
        <message>
            <source>BadgeDesk's default text.</source>
            <translation>Texto predeterminado de BadgeDesk.</translation>
        </message>
        <message>
            <source>Your own text, saved.</source>
            <translation>Su propio texto, guardado.</translation>
        </message>
        <message>
            <source>The %1 notice text is saved.</source>
            <translation>Se guardó el texto del aviso (%1).</translation>
        </message>
        <message>
            <source>The %1 notice text is BadgeDesk's default again.</source>
            <translation>El texto del aviso (%1) vuelve a ser el predeterminado de BadgeDesk.</translation>
        </message>
        <message>
            <source>%1, %2 — %3 (%4)</source>
            <translation>%1, %2 — %3 (%4)</translation>
        </message>
        <message>
            <source>Notice for %1</source>
            <translation>Aviso de %1</translation>
        </message>
        <message numerus="yes">
            <source>%n approved student(s) to notify: %1 in English, %2 in Spanish.</source>
            <translation>
                <numerusform>%n estudiante aprobado a quien avisar: %1 en inglés, %2 en español.</numerusform>
                <numerusform>%n estudiantes aprobados a quienes avisar: %1 en inglés, %2 en español.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ Notice sent on %1 by %2 to %n student(s). Badges can be issued from %3 (a wait of %4 days).</source>
            <translation>
                <numerusform>✓ Aviso enviado el %1 por %2 a %n estudiante. Las insignias se pueden emitir desde el %3 (una espera de %4 días).</numerusform>
                <numerusform>✓ Aviso enviado el %1 por %2 a %n estudiantes. Las insignias se pueden emitir desde el %3 (una espera de %4 días).</numerusform>
            </translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message numerus="yes">
            <source>✗ No notice recorded yet. Send it with your mail merge, then mark it as sent: badges can go out %n day(s) later (from %1 if it goes out today).</source>
            <translation>
                <numerusform>✗ Todavía no hay ningún aviso registrado. Envíelo con su combinación de correspondencia y luego márquelo como enviado: las insignias pueden salir %n día después (desde el %1 si sale hoy).</numerusform>
                <numerusform>✗ Todavía no hay ningún aviso registrado. Envíelo con su combinación de correspondencia y luego márquelo como enviado: las insignias pueden salir %n días después (desde el %1 si sale hoy).</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Left as written, not a known placeholder: %1.</source>
            <translation>⚠ Se deja tal como está escrito, no es un marcador conocido: %1.</translation>
        </message>
        <message>
            <source>⚠ This student has no value for %1: that part of the message is empty.</source>
            <translation>⚠ Este estudiante no tiene valor para %1: esa parte del mensaje queda vacía.</translation>
        </message>
        <message>
            <source>This student reads the %1 text.</source>
            <translation>Este estudiante recibe el texto en otro idioma: %1.</translation>
        </message>
        <message>
            <source>Export Notice List</source>
            <translation>Exportar la lista de avisos</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
            <translation>Libro de Excel (*.xlsx);;CSV, separado por comas (*.csv)</translation>
        </message>
        <message>
            <source>The notice list was not written: %1. Choose another folder or close the file if a spreadsheet has it open.</source>
            <translation>No se escribió la lista de avisos: %1. Elija otra carpeta o cierre el archivo si lo tiene abierto en una hoja de cálculo.</translation>
        </message>
        <message numerus="yes">
            <source>Notice list of %n student(s) written to %1.</source>
            <translation>
                <numerusform>Lista de avisos de %n estudiante escrita en %1.</numerusform>
                <numerusform>Lista de avisos de %n estudiantes escrita en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The notice is recorded as sent. Badges can be issued from %1.</source>
            <translation>El aviso quedó registrado como enviado. Las insignias se pueden emitir desde el %1.</translation>
        </message>
        <message>
            <source>The recorded notice is cleared; mark it as sent again when it goes out.</source>
            <translation>Se anuló el aviso registrado; vuelva a marcarlo como enviado cuando salga.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeRepository</name>
        <message>
            <source>The batch's sign-off was voided by a later change. Sign it off again on the Review page, export the notice list again, then record the notice.</source>
            <translation>Un cambio posterior anuló el visto bueno del lote. Vuelva a darle el visto bueno en la página Revisión, vuelva a exportar la lista de avisos y luego registre el aviso.</translation>
        </message>
        <message>
            <source>The batch is not signed off. Sign it off on the Review page first: the notice goes to the approved students only.</source>
            <translation>El lote no tiene el visto bueno. Primero dele el visto bueno en la página Revisión: el aviso va solo a los estudiantes aprobados.</translation>
        </message>
        <message>
            <source>The notice of this batch is already recorded as sent on %1. To record another date, clear it first (with a reason).</source>
            <translation>El aviso de este lote ya está registrado como enviado el %1. Para registrar otra fecha, primero anúlelo (con un motivo).</translation>
        </message>
        <message>
            <source>There is no such batch.</source>
            <translation>Ese lote no existe.</translation>
        </message>
        <message>
            <source>Say why the notice is cleared (it is kept in the audit log).</source>
            <translation>Indique por qué se anula el aviso (se guarda en el registro de auditoría).</translation>
        </message>
        <message>
            <source>No notice is recorded for this batch.</source>
            <translation>No hay ningún aviso registrado para este lote.</translation>
        </message>
        <message>
            <source>Notices are written in English or Spanish only.</source>
            <translation>Los avisos se escriben solo en inglés o en español.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeTemplate</name>
        <message>
            <source>the student's first name</source>
            <translation>el nombre del estudiante</translation>
        </message>
        <message>
            <source>the student's last name</source>
            <translation>el apellido del estudiante</translation>
        </message>
        <message>
            <source>the address the badge goes to</source>
            <translation>la dirección a la que va la insignia</translation>
        </message>
        <message>
            <source>the Credly badge's name (else the assessment's title)</source>
            <translation>el nombre de la insignia de Credly (si no, el título de la evaluación)</translation>
        </message>
        <message>
            <source>the assessment passed</source>
            <translation>la evaluación aprobada</translation>
        </message>
        <message>
            <source>the assessment's code</source>
            <translation>el código de la evaluación</translation>
        </message>
        <message>
            <source>the school</source>
            <translation>la escuela</translation>
        </message>
        <message>
            <source>the expected issue date, written in the notice's language</source>
            <translation>la fecha prevista de emisión, escrita en el idioma del aviso</translation>
        </message>
        <message>
            <source>the agency that sends the notice</source>
            <translation>la agencia que envía el aviso</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeTemplateRepository</name>
        <message>
            <source>Notices are written in English or Spanish only.</source>
            <translation>Los avisos se escriben solo en inglés o en español.</translation>
        </message>
        <message>
            <source>A notice needs a subject and a message. Write both, or restore the default.</source>
            <translation>Un aviso necesita un asunto y un mensaje. Escriba los dos o restaure el texto predeterminado.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::Preflight</name>
        <message>
            <source>%1 will be issued</source>
            <translation>%1 se emitirán</translation>
        </message>
        <message>
            <source>%1 already at Credly</source>
            <translation>%1 ya en Credly</translation>
        </message>
        <message>
            <source>%1 issued before</source>
            <translation>%1 emitidas antes</translation>
        </message>
        <message>
            <source>%1 blocked</source>
            <translation>%1 bloqueadas</translation>
        </message>
        <message>
            <source>%1 not checked</source>
            <translation>%1 sin verificar</translation>
        </message>
        <message>
            <source>%1 approved rows: %2.</source>
            <translation>%1 filas aprobadas: %2.</translation>
        </message>
        <message>
            <source>%1 of the %2 badge templates cannot issue.</source>
            <translation>%1 de las %2 plantillas de insignia no pueden emitir.</translation>
        </message>
        <message>
            <source>Batch %1 has no approved rows to check.</source>
            <translation>El lote %1 no tiene filas aprobadas que verificar.</translation>
        </message>
        <message>
            <source>Issued on %1 (badge %2); the run skips it.</source>
            <translation>Emitida el %1 (insignia %2); la ejecución la omite.</translation>
        </message>
        <message>
            <source>an earlier run</source>
            <translation>una ejecución anterior</translation>
        </message>
        <message>
            <source>Failed in an earlier run: %1 Retry it from the Issuance log once fixed.</source>
            <translation>Falló en una ejecución anterior: %1 Reinténtela desde el Registro de emisión una vez corregida.</translation>
        </message>
        <message>
            <source>The assessment %1 has no Credly badge template in the catalog. Pick one on the Catalog page.</source>
            <translation>La evaluación %1 no tiene una plantilla de insignia de Credly en el catálogo. Elija una en la página Catálogo.</translation>
        </message>
        <message>
            <source>The row has no %1, which Credly needs. Fix it in Review.</source>
            <translation>La fila no tiene %1, que Credly necesita. Corríjalo en Revisión.</translation>
        </message>
        <message>
            <source>Credly does not know the badge template %1 of assessment %2. Map the assessment to an active template on the Catalog page.</source>
            <translation>Credly no conoce la plantilla de insignia %1 de la evaluación %2. Asigne la evaluación a una plantilla activa en la página Catálogo.</translation>
        </message>
        <message>
            <source>The badge template "%1" of assessment %2 is %3 at Credly and cannot issue. Map the assessment to an active template on the Catalog page.</source>
            <translation>La plantilla de insignia «%1» de la evaluación %2 está en estado %3 en Credly y no puede emitir. Asigne la evaluación a una plantilla activa en la página Catálogo.</translation>
        </message>
        <message>
            <source>Could not look it up at Credly: %1</source>
            <translation>No se pudo buscar en Credly: %1</translation>
        </message>
        <message>
            <source>Credly has this badge (%1, badge %2), most likely from a run that was interrupted; the run records it.</source>
            <translation>Credly tiene esta insignia (%1, insignia %2), muy probablemente de una ejecución interrumpida; la ejecución la registra.</translation>
        </message>
        <message>
            <source>Credly already has this badge for this student (%1, badge %2); the run adopts it instead of sending it again.</source>
            <translation>Credly ya tiene esta insignia para este estudiante (%1, insignia %2); la ejecución la adopta en lugar de enviarla otra vez.</translation>
        </message>
        <message>
            <source>Credly already has this badge for this email, issued outside BadgeDesk (%1, badge %2); the run adopts it.</source>
            <translation>Credly ya tiene esta insignia para este correo electrónico, emitida fuera de BadgeDesk (%1, insignia %2); la ejecución la adopta.</translation>
        </message>
        <message>
            <source>Another student with the same email already has this badge, so Credly will refuse it. Give this student an email of their own in Review.</source>
            <translation>Otro estudiante con el mismo correo electrónico ya tiene esta insignia, así que Credly la rechazará. Dé a este estudiante un correo propio en Revisión.</translation>
        </message>
        <message>
            <source>Another student with the same email has this badge; the template allows duplicates, so this one is issued too.</source>
            <translation>Otro estudiante con el mismo correo electrónico tiene esta insignia; la plantilla permite duplicados, así que esta también se emite.</translation>
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation>Sin verificar: %1</translation>
        </message>
        <message>
            <source>Not checked: the preflight was canceled.</source>
            <translation>Sin verificar: se canceló la verificación previa.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellido</translation>
        </message>
        <message>
            <source>valid test date</source>
            <translation>fecha de prueba válida</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::PreflightModel</name>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Badge template</source>
            <translation>Plantilla de insignia</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReportExportJob</name>
        <message>
            <source>Could not write the Credly bulk CSV: %1</source>
            <translation>No se pudo escribir el CSV masivo de Credly: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) for Credly's bulk upload to %1</source>
            <translation>
                <numerusform>Se escribió %n fila para la carga masiva de Credly en %1</numerusform>
                <numerusform>Se escribieron %n filas para la carga masiva de Credly en %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n row(s) left out (see the first: row %1: %2)</source>
            <translation>
                <numerusform>; se omitió %n fila (fila %1: %2)</numerusform>
                <numerusform>; se omitieron %n filas (vea la primera: fila %1: %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Report for %1 written: %2 rows, %3 issued, %4 accepted.</source>
            <translation>Informe de %1 escrito: %2 filas, %3 emitidas, %4 aceptadas.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReportsPage</name>
        <message>
            <source>Nothing to report yet</source>
            <translation>Todavía no hay nada que informar</translation>
        </message>
        <message>
            <source>Reports list what was issued, excluded and why, by month, school and assessment. Import a month's export first.</source>
            <translation>Los informes muestran lo que se emitió, lo que se excluyó y por qué, por mes, escuela y evaluación. Primero importe la exportación de un mes.</translation>
        </message>
        <message>
            <source>Go to Import</source>
            <translation>Ir a Importar</translation>
        </message>
        <message>
            <source>Issuance reports</source>
            <translation>Informes de emisión</translation>
        </message>
        <message>
            <source>Current batch</source>
            <translation>Lote actual</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Intervalo de fechas</translation>
        </message>
        <message>
            <source>A month takes every batch imported for it; a date range takes rows by the day their badge was issued, else by their test date.</source>
            <translation>Un mes incluye todos los lotes importados para él; un intervalo de fechas incluye las filas según el día en que se emitió su insignia o, si no, según su fecha de prueba.</translation>
        </message>
        <message>
            <source>&amp;Report on:</source>
            <translation>&amp;Informe de:</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Mes:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Date range:</source>
            <translation>Intervalo de fechas:</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>% of rows received</source>
            <translation>% de las filas recibidas</translation>
        </message>
        <message>
            <source>Funnel from rows received to badges accepted</source>
            <translation>Embudo desde las filas recibidas hasta las insignias aceptadas</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Exportar &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Credly &amp;Bulk CSV…</source>
            <translation>CSV ma&amp;sivo de Credly…</translation>
        </message>
        <message>
            <source>Credly's bulk-issue file of the current batch's approved rows that have no badge yet, for Credly's own uploader (Badges &gt; Issue).</source>
            <translation>El archivo de emisión masiva de Credly con las filas aprobadas del lote actual que todavía no tienen insignia, para el cargador propio de Credly (Badges &gt; Issue).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>No batch is chosen: pick one in the batch selector above, or report on a month.</source>
            <translation>No hay ningún lote elegido: elija uno en el selector de lotes de arriba o haga el informe de un mes.</translation>
        </message>
        <message>
            <source>Could not read the rows: %1</source>
            <translation>No se pudieron leer las filas: %1</translation>
        </message>
        <message>
            <source>%1: %2 rows from %3 school(s) and %4 assessment(s); badges count when issued in %5.</source>
            <translation>%1: %2 filas de %3 escuela(s) y %4 evaluación(es); las insignias cuentan cuando se emiten en %5.</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Producción</translation>
        </message>
        <message>
            <source>Export Report as XLSX</source>
            <translation>Exportar el informe como XLSX</translation>
        </message>
        <message>
            <source>Export Report as CSV</source>
            <translation>Exportar el informe como CSV</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, one file per sheet (*.csv)</source>
            <translation>CSV, un archivo por hoja (*.csv)</translation>
        </message>
        <message>
            <source>Choose a batch first: the bulk CSV holds one batch's rows.</source>
            <translation>Primero elija un lote: el CSV masivo contiene las filas de un solo lote.</translation>
        </message>
        <message>
            <source>Folder for Credly's Bulk-Issue CSV</source>
            <translation>Carpeta para el CSV de emisión masiva de Credly</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 de %2 filas</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Report from date</source>
            <translation>Fecha inicial del informe</translation>
        </message>
        <message>
            <source>Report to date</source>
            <translation>Fecha final del informe</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewCountsPanel</name>
        <message>
            <source>Rows by status and reason; choose one to show only those rows</source>
            <translation>Filas por estado y motivo; elija una línea para mostrar solo esas filas</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Todas las filas</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Por estado</translation>
        </message>
        <message>
            <source>Why not eligible</source>
            <translation>Por qué no es elegible</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>Código: %1</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewDetailsPane</name>
        <message>
            <source>No row selected</source>
            <translation>No hay ninguna fila seleccionada</translation>
        </message>
        <message numerus="yes">
            <source>%n rows selected</source>
            <translation>
                <numerusform>%n fila seleccionada</numerusform>
                <numerusform>%n filas seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a row to see its cells as imported, why it has its status, and its history.</source>
            <translation>Seleccione una fila para ver sus celdas tal como se importaron, por qué tiene su estado y su historial.</translation>
        </message>
        <message>
            <source>A (approve), R (reject) and Override act on all of them at once.</source>
            <translation>A (aprobar), R (rechazar) y Excepción actúan sobre todas a la vez.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Approved before the rules changed. Reject it, or keep it by overriding with a reason.</source>
            <translation>Aprobada antes de que cambiaran las reglas. Rechácela, o consérvela con una excepción y un motivo.</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>Correo electrónico:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Imported as %1; fixed in review.</source>
            <translation>Importado como %1; corregido en la revisión.</translation>
        </message>
        <message>
            <source>Use %1</source>
            <translation>Usar %1</translation>
        </message>
        <message>
            <source>Replace the address with the suggestion (E edits it by hand)</source>
            <translation>Reemplazar la dirección por la sugerencia (E la edita a mano)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Override:</source>
            <translation>Excepción:</translation>
        </message>
        <message>
            <source>Rejected because:</source>
            <translation>Rechazada porque:</translation>
        </message>
        <message>
            <source>By %1, %2</source>
            <translation>Por %1, %2</translation>
        </message>
        <message>
            <source>Row as imported</source>
            <translation>Fila tal como se importó</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1, fila %2</translation>
        </message>
        <message>
            <source>(file unknown)</source>
            <translation>(archivo desconocido)</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Columna %1</translation>
        </message>
        <message>
            <source>What the import flagged</source>
            <translation>Lo que marcó la importación</translation>
        </message>
        <message>
            <source>Same student and assessment</source>
            <translation>Mismo estudiante y evaluación</translation>
        </message>
        <message>
            <source>Row ID %1 (batch %2, file row %3): %4</source>
            <translation>ID de fila %1 (lote %2, fila del archivo %3): %4</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Imported; not changed since.</source>
            <translation>Importada; sin cambios desde entonces.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewEmailDelegate</name>
        <message>
            <source>Type the address; Enter saves it, Escape cancels.</source>
            <translation>Escriba la dirección; Intro la guarda, Esc cancela.</translation>
        </message>
        <message>
            <source>Suggested from %1. Enter saves it, Escape cancels.</source>
            <translation>Sugerida a partir de %1. Intro la guarda, Esc cancela.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewPage</name>
        <message>
            <source>Nothing to review yet — import an export first</source>
            <translation>Todavía no hay nada que revisar: importe primero una exportación</translation>
        </message>
        <message>
            <source>Once an export is imported, every row appears here with its status and reason, ready to approve, reject or fix before you sign off the batch.</source>
            <translation>Una vez importada una exportación, cada fila aparece aquí con su estado y motivo, lista para aprobarla, rechazarla o corregirla antes de dar el visto bueno al lote.</translation>
        </message>
        <message>
            <source>Go to Import</source>
            <translation>Ir a Importar</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Approve the selected eligible rows</source>
            <translation>Aprobar las filas elegibles seleccionadas</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Rechazar…</translation>
        </message>
        <message>
            <source>Reject the selected rows, with a written reason</source>
            <translation>Rechazar las filas seleccionadas, con un motivo por escrito</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>Excepción…</translation>
        </message>
        <message>
            <source>Approve excluded rows anyway, with a written reason (not for a missing email, name or template: fix those)</source>
            <translation>Aprobar de todos modos filas excluidas, con un motivo por escrito (no para un correo, nombre o plantilla que falta: esos se corrigen)</translation>
        </message>
        <message>
            <source>Fix email</source>
            <translation>Corregir el correo</translation>
        </message>
        <message>
            <source>Edit the current row's email in place; it opens on the suggestion when there is one</source>
            <translation>Editar aquí el correo electrónico de la fila actual; se abre con la sugerencia cuando la hay</translation>
        </message>
        <message>
            <source>Approve all eligible</source>
            <translation>Aprobar todas las elegibles</translation>
        </message>
        <message>
            <source>Approve every eligible row of the batch, whatever the filter shows</source>
            <translation>Aprobar cada fila elegible del lote, sin importar lo que muestre el filtro</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Deshacer: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation>Ctrl+Shift+Z</translation>
        </message>
        <message>
            <source>Ctrl+Y</source>
            <translation>Ctrl+Y</translation>
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Sign off batch…</source>
            <translation>Dar el visto bueno al lote…</translation>
        </message>
        <message>
            <source>Freeze the approved rows for issuing; any later change to them voids the sign-off</source>
            <translation>Congelar las filas aprobadas para emitirlas; cualquier cambio posterior en ellas anula el visto bueno</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Search name, email, school, assessment… (Ctrl+F)</source>
            <translation>Buscar nombre, correo, escuela, evaluación… (Ctrl+F)</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Copy as text</source>
            <translation>Copiar como texto</translation>
        </message>
        <message>
            <source>batch %1</source>
            <translation>lote %1</translation>
        </message>
        <message>
            <source>The rows could not be classified: %1</source>
            <translation>No se pudieron clasificar las filas: %1</translation>
        </message>
        <message>
            <source>Classifying and reading %1 of %2…</source>
            <translation>Clasificando y leyendo %1 de %2…</translation>
        </message>
        <message>
            <source>row</source>
            <translation>fila</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>filas</translation>
        </message>
        <message>
            <source>Reading %1 of %2…</source>
            <translation>Leyendo %1 de %2…</translation>
        </message>
        <message>
            <source>All schools</source>
            <translation>Todas las escuelas</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Todas las evaluaciones</translation>
        </message>
        <message>
            <source>needs attention</source>
            <translation>requiere atención</translation>
        </message>
        <message>
            <source>need attention</source>
            <translation>requieren atención</translation>
        </message>
        <message>
            <source>%1 shown (Show all clears the filters)</source>
            <translation>%1 visibles (Mostrar todo borra los filtros)</translation>
        </message>
        <message>
            <source>Not signed off yet: %1 still need a decision (approve, reject or fix them), then sign off the batch.</source>
            <translation>Todavía sin visto bueno: %1 aún necesitan una decisión (apruébelas, rechácelas o corríjalas); después dé el visto bueno al lote.</translation>
        </message>
        <message>
            <source>Every row is decided. Sign off the batch to freeze the %1 for issuing.</source>
            <translation>Todas las filas tienen una decisión. Dé el visto bueno al lote para congelar las %1 para la emisión.</translation>
        </message>
        <message>
            <source>approved row</source>
            <translation>fila aprobada</translation>
        </message>
        <message>
            <source>approved rows</source>
            <translation>filas aprobadas</translation>
        </message>
        <message>
            <source>Undone: %1.</source>
            <translation>Deshecho: %1.</translation>
        </message>
        <message>
            <source>%1 left as they were: %2</source>
            <translation>%1 quedaron como estaban: %2</translation>
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation>(y %1 más)</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>No cambió nada.</translation>
        </message>
        <message>
            <source>Select the rows to approve first.</source>
            <translation>Primero seleccione las filas que quiere aprobar.</translation>
        </message>
        <message>
            <source>Approved %1</source>
            <translation>Se aprobaron %1</translation>
        </message>
        <message>
            <source>No row is eligible right now: nothing to approve.</source>
            <translation>Ahora no hay ninguna fila elegible: no hay nada que aprobar.</translation>
        </message>
        <message>
            <source>Approved all %1</source>
            <translation>Se aprobaron todas las %1</translation>
        </message>
        <message>
            <source>eligible row</source>
            <translation>fila elegible</translation>
        </message>
        <message>
            <source>eligible rows</source>
            <translation>filas elegibles</translation>
        </message>
        <message>
            <source>Select the rows to reject first.</source>
            <translation>Primero seleccione las filas que quiere rechazar.</translation>
        </message>
        <message>
            <source>Select the rows to override first.</source>
            <translation>Primero seleccione las filas a las que quiere aplicar una excepción.</translation>
        </message>
        <message>
            <source>Reject %1 because:</source>
            <translation>Rechazar %1 porque:</translation>
        </message>
        <message>
            <source>Approve %1 over the rule because:</source>
            <translation>Aprobar %1 por excepción a la regla porque:</translation>
        </message>
        <message>
            <source>e.g. staff member, not a student; entered twice</source>
            <translation>p. ej., es un miembro del personal, no un estudiante; se registró dos veces</translation>
        </message>
        <message>
            <source>e.g. parental consent on file; vendor no longer issues badges</source>
            <translation>p. ej., hay consentimiento de los padres en el expediente; el proveedor ya no emite insignias</translation>
        </message>
        <message>
            <source>Write why the rows are rejected; the reason is kept in the audit log.</source>
            <translation>Escriba por qué se rechazan las filas; el motivo se guarda en el registro de auditoría.</translation>
        </message>
        <message>
            <source>Write why the rule does not apply; an override needs a reason, kept in the audit log.</source>
            <translation>Escriba por qué no se aplica la regla; una excepción necesita un motivo, que se guarda en el registro de auditoría.</translation>
        </message>
        <message>
            <source>Rejected %1</source>
            <translation>Se rechazaron %1</translation>
        </message>
        <message>
            <source>Approved %1 over the rule</source>
            <translation>Se aprobaron %1 por excepción a la regla</translation>
        </message>
        <message>
            <source>Select the row whose email to fix first.</source>
            <translation>Primero seleccione la fila cuyo correo electrónico quiere corregir.</translation>
        </message>
        <message>
            <source>This row is being issued or was issued; its email can no longer change here.</source>
            <translation>Esta fila se está emitiendo o ya se emitió; aquí ya no se puede cambiar su correo electrónico.</translation>
        </message>
        <message>
            <source>Email of %1 set to %2</source>
            <translation>Correo electrónico de %1 cambiado a %2</translation>
        </message>
        <message>
            <source>There is no batch to sign off: import an export first.</source>
            <translation>No hay ningún lote al que dar el visto bueno: primero importe una exportación.</translation>
        </message>
        <message>
            <source>%1 still need a decision: approve the eligible ones (Approve all eligible), and fix, reject or override those that need attention. Then sign off.</source>
            <translation>%1 aún necesitan una decisión: apruebe las elegibles (Aprobar todas las elegibles) y corrija, rechace o apruebe por excepción las que requieren atención. Después dé el visto bueno.</translation>
        </message>
        <message>
            <source>No row is approved: there is nothing to sign off.</source>
            <translation>No hay ninguna fila aprobada: no hay nada a lo que dar el visto bueno.</translation>
        </message>
        <message>
            <source>Sign Off Batch</source>
            <translation>Dar el visto bueno al lote</translation>
        </message>
        <message>
            <source>Sign off %1 with %2 for issuing?

%3 rejected, %4 excluded by rule. Any later change to an approved row voids the sign-off.</source>
            <translation>¿Dar el visto bueno a %1 con %2 para la emisión?

%3 rechazadas, %4 excluidas por regla. Cualquier cambio posterior en una fila aprobada anula el visto bueno.</translation>
        </message>
        <message>
            <source>Signed off %1: %2 frozen for issuing.</source>
            <translation>Visto bueno dado a %1: %2 congeladas para la emisión.</translation>
        </message>
        <message>
            <source>Copied %1 to the clipboard (with a header line).</source>
            <translation>Se copiaron %1 al portapapeles (con una línea de encabezados).</translation>
        </message>
        <message>
            <source>Search the rows</source>
            <translation>Buscar en las filas</translation>
        </message>
        <message>
            <source>Rows of the batch</source>
            <translation>Filas del lote</translation>
        </message>
        <message>
            <source>A approves, R rejects, O overrides, E fixes the email of the selected rows.</source>
            <translation>A aprueba, R rechaza, O aprueba por excepción, E corrige el correo electrónico de las filas seleccionadas.</translation>
        </message>
        <message>
            <source>eligible</source>
            <comment>one row</comment>
            <translation>elegible</translation>
        </message>
        <message>
            <source>eligible</source>
            <comment>several rows</comment>
            <translation>elegibles</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>one row</comment>
            <translation>aprobada</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>several rows</comment>
            <translation>aprobadas</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewQueueModel</name>
        <message>
            <source>Not classified</source>
            <translation>Sin clasificar</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Elegible</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluida</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitida</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>No email</source>
            <translation>Sin correo electrónico</translation>
        </message>
        <message>
            <source>Email to fix</source>
            <translation>Correo por corregir</translation>
        </message>
        <message>
            <source>Name missing</source>
            <translation>Falta el nombre</translation>
        </message>
        <message>
            <source>Date to check</source>
            <translation>Fecha por verificar</translation>
        </message>
        <message>
            <source>Not on the approved list</source>
            <translation>No está en la lista aprobada</translation>
        </message>
        <message>
            <source>Assessment retired</source>
            <translation>Evaluación retirada</translation>
        </message>
        <message>
            <source>Vendor badges it</source>
            <translation>La otorga el proveedor</translation>
        </message>
        <message>
            <source>No badge template</source>
            <translation>Sin plantilla de insignia</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobó</translation>
        </message>
        <message>
            <source>Duplicate in batch</source>
            <translation>Duplicada en el lote</translation>
        </message>
        <message>
            <source>Already badged</source>
            <translation>Ya tiene la insignia</translation>
        </message>
        <message>
            <source>Under 13</source>
            <translation>Menor de 13 años</translation>
        </message>
        <message>
            <source>Row ID</source>
            <translation>ID de fila</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Test date</source>
            <translation>Fecha de la prueba</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>File row</source>
            <translation>Fila del archivo</translation>
        </message>
        <message>
            <source>Student ID</source>
            <translation>ID de estudiante</translation>
        </message>
        <message>
            <source>Approved (override)</source>
            <translation>Aprobada (excepción)</translation>
        </message>
        <message>
            <source>Approved — recheck</source>
            <translation>Aprobada: volver a revisar</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Ahora: %1</translation>
        </message>
        <message>
            <source>Did you mean %1? Press E to fix the address.</source>
            <translation>¿Quiso decir %1? Pulse E para corregir la dirección.</translation>
        </message>
        <message>
            <source>Fixed in review; the imported address is kept in the details.</source>
            <translation>Corregido en la revisión; la dirección importada se guarda en los detalles.</translation>
        </message>
        <message>
            <source>Approved, but the rules now say: %1. Reject it, or keep it with an override.</source>
            <translation>Aprobada, pero las reglas ahora dicen: %1. Rechácela, o consérvela con una excepción.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::SampleMonthLoader</name>
        <message>
            <source>Sample data is loaded only in the Practice environment, so it never meets real data. Switch to Practice in Credly &gt; Settings first.</source>
            <translation>Los datos de ejemplo se cargan solo en el entorno de Práctica, para que nunca se mezclen con datos reales. Primero cambie a Práctica en Credly &gt; Configuración.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created. Check that you may write there.</source>
            <translation>No se pudo crear la carpeta %1. Verifique que tenga permiso para escribir allí.</translation>
        </message>
        <message>
            <source>sample month</source>
            <translation>mes de ejemplo</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::SampleMonthLoader::Result</name>
        <message>
            <source>The catalog already matches the sample approved list.</source>
            <translation>El catálogo ya coincide con la lista aprobada de ejemplo.</translation>
        </message>
        <message>
            <source>Catalog: %1 added, %2 changed, %3 retired from the sample approved list.</source>
            <translation>Catálogo: %1 agregadas, %2 cambiadas y %3 retiradas a partir de la lista aprobada de ejemplo.</translation>
        </message>
        <message>
            <source>Sample month %1 written to %2 (%3 rows). %4</source>
            <translation>Mes de ejemplo %1 escrito en %2 (%3 filas). %4</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::StepPathWidget</name>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisado</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Con visto bueno</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Avisado</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>No batch yet</source>
            <translation>Todavía no hay lotes</translation>
        </message>
        <message>
            <source>A batch is created when you import a month's export.</source>
            <translation>Se crea un lote cuando importa la exportación de un mes.</translation>
        </message>
        <message>
            <source>The batch the pages work on. Each import makes one.</source>
            <translation>El lote con el que trabajan las páginas. Cada importación crea uno.</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n row(s)</source>
            <translation>
                <numerusform>%1 · %n fila</numerusform>
                <numerusform>%1 · %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqueado</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::TemplateSync</name>
        <message>
            <source>The templates could not be refreshed: %1</source>
            <translation>No se pudieron actualizar las plantillas: %1</translation>
        </message>
        <message>
            <source>The templates could not be saved: %1</source>
            <translation>No se pudieron guardar las plantillas: %1</translation>
        </message>
        <message>
            <source>%1 badge templates from Credly (%2 active, %3 archived).</source>
            <translation>%1 plantillas de insignia de Credly (%2 activas, %3 archivadas).</translation>
        </message>
        <message>
            <source>%1 catalog entries use a template that can no longer issue badges: %2. Pick an active template for them in the Catalog.</source>
            <translation>%1 entradas del catálogo usan una plantilla que ya no puede emitir insignias: %2. Elija una plantilla activa para ellas en el Catálogo.</translation>
        </message>
        <message>
            <source>%1 catalog entries name a template Credly does not have: %2. Check the template in the Catalog.</source>
            <translation>%1 entradas del catálogo mencionan una plantilla que Credly no tiene: %2. Revise la plantilla en el Catálogo.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::TokenStore</name>
        <message>
            <source>The system keychain is not available%1, so the token cannot be stored safely. BadgeDesk never writes a token to a file. You can keep the token in memory for this session only and paste it again next time, or start your desktop's keyring (GNOME Keyring, KWallet) and save again.</source>
            <translation>El llavero del sistema no está disponible%1, así que el token no se puede guardar de forma segura. BadgeDesk nunca escribe un token en un archivo. Puede guardar el token en memoria solo durante esta sesión y volver a pegarlo la próxima vez, o iniciar el llavero de su escritorio (GNOME Keyring, KWallet) y volver a guardar.</translation>
        </message>
        <message>
            <source>The keychain refused access to the token%1. Unlock the keychain and try again.</source>
            <translation>El llavero negó el acceso al token%1. Desbloquee el llavero y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The keychain could not handle the token%1. Try again; if it keeps failing, restart the desktop's keyring.</source>
            <translation>El llavero no pudo procesar el token%1. Vuelva a intentarlo; si sigue fallando, reinicie el llavero del escritorio.</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::UserGuideWindow</name>
        <message>
            <source>BadgeDesk User Guide</source>
            <translation>Guía del usuario de BadgeDesk</translation>
        </message>
        <message>
            <source>&amp;Find in the guide:</source>
            <translation>&amp;Buscar en la guía:</translation>
        </message>
        <message>
            <source>a word, e.g. sign off</source>
            <translation>una palabra en inglés, p. ej. sign off</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>badgedesk::WelcomeDialog</name>
        <message>
            <source>Welcome to BadgeDesk</source>
            <translation>Bienvenido a BadgeDesk</translation>
        </message>
        <message>
            <source>You are in &lt;b&gt;Practice&lt;/b&gt;: a Credly of its own runs inside BadgeDesk, so you can go through a whole month (import, review, sign-off, notice, issuing, reports) with sample students and no Credly account. Nothing here reaches a real student, and Practice keeps its own database, so sample data never meets real data.</source>
            <translation>Está en &lt;b&gt;Práctica&lt;/b&gt;: un Credly propio funciona dentro de BadgeDesk, así que puede recorrer un mes completo (importación, revisión, visto bueno, aviso, emisión, informes) con estudiantes de ejemplo y sin cuenta de Credly. Nada de esto llega a un estudiante real, y Práctica tiene su propia base de datos, así que los datos de ejemplo nunca se mezclan con datos reales.</translation>
        </message>
        <message>
            <source>You are working in &lt;b&gt;%1&lt;/b&gt;. Badges issued here go to Credly for real.</source>
            <translation>Está trabajando en &lt;b&gt;%1&lt;/b&gt;. Las insignias que se emiten aquí van a Credly de verdad.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Where your data lives&lt;/b&gt;&lt;br&gt;Database: %1&lt;br&gt;Backups: %2</source>
            <translation>&lt;b&gt;Dónde están sus datos&lt;/b&gt;&lt;br&gt;Base de datos: %1&lt;br&gt;Copias de seguridad: %2</translation>
        </message>
        <message>
            <source>&lt;br&gt;Log file: %1</source>
            <translation>&lt;br&gt;Archivo de registro: %1</translation>
        </message>
        <message>
            <source>&lt;br&gt;Credly tokens: only in your system's keychain, never in a file.</source>
            <translation>&lt;br&gt;Tokens de Credly: solo en el llavero del sistema, nunca en un archivo.</translation>
        </message>
        <message>
            <source>Load Sample Month</source>
            <translation>Cargar un mes de ejemplo</translation>
        </message>
        <message>
            <source>Fill the catalog and a month of sample students to practise on.</source>
            <translation>Llenar el catálogo y un mes de estudiantes de ejemplo para practicar.</translation>
        </message>
        <message>
            <source>Sample months are for Practice only.</source>
            <translation>Los meses de ejemplo son solo para Práctica.</translation>
        </message>
        <message>
            <source>Connect to Credly…</source>
            <translation>Conectar con Credly…</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Monthly CTIMS certifications to Credly badges.</source>
            <translation>Certificaciones mensuales de CTIMS convertidas en insignias de Credly.</translation>
        </message>
        <message>
            <source>Print the version.</source>
            <translation>Muestra la versión.</translation>
        </message>
        <message>
            <source>Open the database at PATH (default: the file of the current environment).</source>
            <translation>Abre la base de datos en PATH (predeterminado: el archivo del entorno actual).</translation>
        </message>
        <message>
            <source>BadgeDesk cannot open its database</source>
            <translation>BadgeDesk no puede abrir su base de datos</translation>
        </message>
    </context>
</TS>
