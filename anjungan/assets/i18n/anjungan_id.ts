<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>3. Address and phone</source>
        <translation>3. Alamat dan telepon</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Street, RT/RW, village</source>
        <translation>Jalan, RT/RW, kelurahan/desa</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>The region starts from where the head&apos;s NIK was issued; change it if the family lives elsewhere. Type a letter to jump in a list.</source>
        <translation>Wilayah diisi dari tempat terbit NIK kepala keluarga; ubah bila keluarga tinggal di tempat lain. Ketik huruf awal untuk melompat dalam daftar.</translation>
    </message>
</context>
<context>
    <name>AutodebitPage</name>
    <message>
        <source>6. Autodebit account</source>
        <translation>6. Rekening autodebet</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <source>The monthly contribution is debited from this savings account. Copy the number from the front page of the savings book.</source>
        <translation>Iuran bulanan didebet dari rekening tabungan ini. Salin nomornya dari halaman depan buku tabungan.</translation>
    </message>
</context>
<context>
    <name>BillLookup</name>
    <message>
        <source>The bill could not be read because of an unexpected error.</source>
        <translation>Tagihan tidak dapat dibaca karena kesalahan yang tidak terduga.</translation>
    </message>
    <message>
        <source>Type the months from the participant&apos;s bill or Mobile JKN. The amount is to be confirmed: the central server checks it when the record is sent.</source>
        <translation>Ketik jumlah bulan dari tagihan peserta atau Mobile JKN. Jumlah bayarnya perlu dikonfirmasi: server pusat memeriksanya saat data dikirim.</translation>
    </message>
    <message>
        <source>Asking the central server for the family&apos;s bill…</source>
        <translation>Meminta tagihan keluarga ke server pusat…</translation>
    </message>
    <message>
        <source>Offline: the central server cannot be reached.</source>
        <translation>Luring: server pusat tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Filled in from the central server&apos;s bill once the card number or NIK is entered.</source>
        <translation>Terisi dari tagihan di server pusat setelah nomor kartu atau NIK diketik.</translation>
    </message>
    <message>
        <source>Typed by the officer. The central server&apos;s bill at {time} says {months} month(s) in arrears.</source>
        <translation>Diketik petugas. Menurut tagihan server pusat pukul {time}: tunggakan {months} bulan.</translation>
    </message>
    <message>
        <source>From the central server at {time}: {months} month(s) in arrears.</source>
        <translation>Dari server pusat pukul {time}: tunggakan {months} bulan.</translation>
    </message>
    <message>
        <source>Its bill to reactivate: {amount}.</source>
        <translation>Tagihan pengaktifan kembali di server: {amount}.</translation>
    </message>
</context>
<context>
    <name>BillView</name>
    <message>
        <source>Family of %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>Nothing for you to pay at the kiosk</source>
        <translation>Tidak ada yang perlu Anda bayar di anjungan</translation>
    </message>
    <message>
        <source>The monthly contribution of your family is paid by: %1.</source>
        <translation>Iuran bulanan keluarga Anda dibayar oleh: %1.</translation>
    </message>
    <message>
        <source>To reactivate your cover, pay</source>
        <translation>Untuk mengaktifkan kembali kepesertaan, bayar</translation>
    </message>
    <message>
        <source>This is %1 months of arrears plus this month. At most 24 months of arrears are counted.</source>
        <translation>Ini tunggakan %1 bulan ditambah bulan ini. Tunggakan dihitung paling banyak 24 bulan.</translation>
    </message>
    <message>
        <source>To pay now</source>
        <translation>Yang harus dibayar sekarang</translation>
    </message>
    <message>
        <source>Please pay by %1.</source>
        <translation>Mohon dibayar paling lambat %1.</translation>
    </message>
    <message>
        <source>Nothing to pay now</source>
        <translation>Tidak ada tagihan saat ini</translation>
    </message>
    <message>
        <source>Paid through %1. Next payment: %2 a month, by the 10th.</source>
        <translation>Sudah dibayar sampai %1. Pembayaran berikutnya: %2 per bulan, paling lambat tanggal 10.</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Jenis kepesertaan</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>Jumlah peserta</translation>
    </message>
    <message>
        <source>Contribution per month</source>
        <translation>Iuran per bulan</translation>
    </message>
    <message>
        <source>You pay per month</source>
        <translation>Yang Anda bayar per bulan</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Dibayar oleh</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Dibayar sampai</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation>Bulan tunggakan</translation>
    </message>
    <message>
        <source>Months counted to reactivate</source>
        <translation>Bulan yang dihitung untuk aktif kembali</translation>
    </message>
    <message>
        <source>Service penalty (denda pelayanan)</source>
        <translation>Denda pelayanan</translation>
    </message>
    <message>
        <source>There is no late fee on the contribution itself. But if you need inpatient (hospital) care within %1 days after your cover is active again, you pay a penalty: %2% of the hospital package cost for each month in arrears, at most %3 months and at most %4. For your family, %5 months would count.</source>
        <translation>Iuran tidak dikenai denda keterlambatan. Tetapi bila Anda dirawat inap di rumah sakit dalam %1 hari setelah kepesertaan aktif kembali, Anda membayar denda pelayanan: %2% dari biaya paket rumah sakit untuk setiap bulan tunggakan, paling banyak %3 bulan dan paling tinggi %4. Untuk keluarga Anda, %5 bulan akan dihitung.</translation>
    </message>
    <message>
        <source>Contribution bill</source>
        <translation>Tagihan iuran</translation>
    </message>
    <message>
        <source>Type the NIK of any family member, or the number on a JKN card of the family, then press OK.</source>
        <translation>Ketik NIK salah satu anggota keluarga, atau nomor kartu JKN keluarga, lalu tekan OK.</translation>
    </message>
    <message>
        <source>How to pay (virtual account)</source>
        <translation>Cara membayar (virtual account)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Check another number</source>
        <translation>Cek nomor lain</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Connecting to the queue server…</source>
        <translation>Menghubungkan ke server antrean…</translation>
    </message>
    <message>
        <source>The calls appear as soon as the board is connected.</source>
        <translation>Panggilan akan tampil begitu papan terhubung.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Menyambung ulang…</translation>
    </message>
    <message>
        <source>The queue data on this screen may be out of date. Please listen for calls.</source>
        <translation>Data antrean di layar ini mungkin belum terbaru. Mohon dengarkan panggilan.</translation>
    </message>
    <message>
        <source>This board is not registered</source>
        <translation>Papan ini belum terdaftar</translation>
    </message>
    <message>
        <source>The server refused this board. Ask the administrator to enroll it again.</source>
        <translation>Server menolak papan ini. Minta administrator mendaftarkannya kembali.</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Sedang dipanggil</translation>
    </message>
    <message>
        <source>No counter is open yet.</source>
        <translation>Belum ada loket yang buka.</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Panggilan terakhir</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Queue board</source>
        <translation>Papan antrean</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please wait a moment…</source>
        <translation>Mohon tunggu sebentar…</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Class {n}</source>
        <translation>Kelas {n}</translation>
    </message>
    <message>
        <source>{paid} per person per month (of {total}; the rest is subsidised)</source>
        <translation>{paid} per orang per bulan (dari {total}; sisanya disubsidi pemerintah)</translation>
    </message>
    <message>
        <source>{amount} per person per month</source>
        <translation>{amount} per orang per bulan</translation>
    </message>
    <message>
        <source>4. Primary care facility (FKTP) and class</source>
        <translation>4. Faskes tingkat pertama (FKTP) dan kelas</translation>
    </message>
    <message>
        <source>FKTP code</source>
        <translation>Kode FKTP</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>A change request needs your NIK: the 16 digits on your KTP.</source>
        <translation>Permintaan perubahan memerlukan NIK Anda: 16 angka pada KTP.</translation>
    </message>
    <message>
        <source>The list of FKTP is not on this kiosk yet.</source>
        <translation>Daftar FKTP belum tersedia di anjungan ini.</translation>
    </message>
    <message>
        <source>Change your FKTP from %1 to %2?</source>
        <translation>Ganti FKTP Anda dari %1 ke %2?</translation>
    </message>
    <message>
        <source>Change the care class of your whole family from %1 to %2?</source>
        <translation>Ganti kelas rawat seluruh keluarga Anda dari %1 ke %2?</translation>
    </message>
    <message>
        <source>You do not need to do anything else. Questions: Care Center 165.</source>
        <translation>Anda tidak perlu melakukan apa pun lagi. Pertanyaan: Care Center 165.</translation>
    </message>
    <message>
        <source>Please take a queue number for the counter, or call Care Center 165.</source>
        <translation>Silakan ambil nomor antrean untuk loket, atau hubungi Care Center 165.</translation>
    </message>
    <message>
        <source>You can ask again from %1.</source>
        <translation>Anda dapat mengajukan lagi mulai %1.</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <source>Regular (no proof needed)</source>
        <translation>Biasa (tanpa bukti)</translation>
    </message>
    <message>
        <source>Moved house (proof needed)</source>
        <translation>Pindah domisili (perlu bukti)</translation>
    </message>
    <message>
        <source>Job transfer (proof needed)</source>
        <translation>Pindah tugas (perlu bukti)</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>Only if the NIK was wrong</source>
        <translation>Hanya bila NIK salah</translation>
    </message>
    <message>
        <source>Only if the KK number changed</source>
        <translation>Hanya bila nomor KK berubah</translation>
    </message>
    <message>
        <source>As on the KTP or KK</source>
        <translation>Sesuai KTP atau KK</translation>
    </message>
    <message>
        <source>What was wrong and where it was seen</source>
        <translation>Apa yang salah dan dilihat di dokumen apa</translation>
    </message>
    <message>
        <source>e.g. III/c or Letnan Dua</source>
        <translation>mis. III/c atau Letnan Dua</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, empty if not known</source>
        <translation>hh-bb-tttt, kosongkan bila tidak tahu</translation>
    </message>
    <message>
        <source>Optional: only for an inpatient stay</source>
        <translation>Opsional: hanya untuk rawat inap</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Member of TNI or Polri</source>
        <translation>Anggota TNI atau Polri</translation>
    </message>
    <message>
        <source>The first iuran has been paid</source>
        <translation>Iuran pertama sudah dibayar</translation>
    </message>
    <message>
        <source>Correct NIK</source>
        <translation>NIK yang benar</translation>
    </message>
    <message>
        <source>New KK number</source>
        <translation>Nomor KK baru</translation>
    </message>
    <message>
        <source>Correct name</source>
        <translation>Nama yang benar</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Alasan perbaikan</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Domicile address</source>
        <translation>Alamat domisili</translation>
    </message>
    <message>
        <source>Rank (golongan/pangkat)</source>
        <translation>Golongan/pangkat</translation>
    </message>
    <message>
        <source>Wage and allowances per month</source>
        <translation>Gaji dan tunjangan per bulan</translation>
    </message>
    <message>
        <source>Kind of addition</source>
        <translation>Jenis penambahan</translation>
    </message>
    <message>
        <source>Member&apos;s NIK</source>
        <translation>NIK anggota</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Nama anggota</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Date of death or divorce</source>
        <translation>Tanggal meninggal atau cerai</translation>
    </message>
    <message>
        <source>Current segment</source>
        <translation>Segmen saat ini</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>New FKTP code</source>
        <translation>Kode FKTP baru</translation>
    </message>
    <message>
        <source>Last FKTP change</source>
        <translation>Perubahan FKTP terakhir</translation>
    </message>
    <message>
        <source>TNI/Polri</source>
        <translation>TNI/Polri</translation>
    </message>
    <message>
        <source>Current class</source>
        <translation>Kelas saat ini</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Kelas baru</translation>
    </message>
    <message>
        <source>In the current class since</source>
        <translation>Di kelas saat ini sejak</translation>
    </message>
    <message>
        <source>Months in arrears (bill)</source>
        <translation>Bulan tunggakan (tagihan)</translation>
    </message>
    <message>
        <source>Members on the KK</source>
        <translation>Anggota dalam KK</translation>
    </message>
    <message>
        <source>Members changing class</source>
        <translation>Anggota yang pindah kelas</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>Pembayaran pertama</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
    <message>
        <source>INA-CBG package cost</source>
        <translation>Biaya paket INA-CBG</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal berangkat</translation>
    </message>
    <message>
        <source>Months abroad</source>
        <translation>Lama di luar negeri (bulan)</translation>
    </message>
    <message>
        <source>Date back in Indonesia</source>
        <translation>Tanggal kembali ke Indonesia</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Segmen tujuan</translation>
    </message>
    <message>
        <source>Autodebit bank</source>
        <translation>Bank autodebet</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Cause of the change</source>
        <translation>Sebab peralihan</translation>
    </message>
</context>
<context>
    <name>ChangeView</name>
    <message>
        <source>Your FKTP now</source>
        <translation>FKTP Anda sekarang</translation>
    </message>
    <message>
        <source>Your care class now</source>
        <translation>Kelas rawat Anda sekarang</translation>
    </message>
    <message>
        <source>Change my FKTP</source>
        <translation>Ganti FKTP saya</translation>
    </message>
    <message>
        <source>The clinic or Puskesmas where you are registered</source>
        <translation>Klinik atau Puskesmas tempat Anda terdaftar</translation>
    </message>
    <message>
        <source>Change my care class</source>
        <translation>Ganti kelas rawat saya</translation>
    </message>
    <message>
        <source>For the whole family (PBPU/BP only)</source>
        <translation>Untuk seluruh keluarga (hanya PBPU/BP)</translation>
    </message>
    <message>
        <source>REQUEST ACCEPTED</source>
        <translation>PERMINTAAN DITERIMA</translation>
    </message>
    <message>
        <source>NOT POSSIBLE HERE</source>
        <translation>TIDAK BISA DI SINI</translation>
    </message>
    <message>
        <source>Change FKTP or class</source>
        <translation>Ubah FKTP atau kelas</translation>
    </message>
    <message>
        <source>Type your 16-digit NIK (on your KTP), then press OK.</source>
        <translation>Ketik NIK Anda (16 angka pada KTP), lalu tekan OK.</translation>
    </message>
    <message>
        <source>To check that it is you, type your date of birth as on your KTP.</source>
        <translation>Untuk memastikan ini Anda, ketik tanggal lahir sesuai KTP.</translation>
    </message>
    <message>
        <source>What do you want to change?</source>
        <translation>Apa yang ingin Anda ubah?</translation>
    </message>
    <message>
        <source>Choose your new FKTP. These are the nearest. The change starts on the 1st of next month.</source>
        <translation>Pilih FKTP baru Anda. Ini yang paling dekat. Perubahan berlaku mulai tanggal 1 bulan depan.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Choose the new care class. It applies to every member of your family from the 1st of next month, and changes the monthly contribution.</source>
        <translation>Pilih kelas rawat baru. Berlaku untuk semua anggota keluarga mulai tanggal 1 bulan depan, dan mengubah iuran bulanan.</translation>
    </message>
    <message>
        <source>When you confirm, the request is sent to BPJS Kesehatan. Please check it before you confirm.</source>
        <translation>Setelah Anda konfirmasi, permintaan dikirim ke BPJS Kesehatan. Periksa dahulu sebelum konfirmasi.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailController</name>
    <message>
        <source>The complaint could not be read. Try again.</source>
        <translation>Pengaduan tidak dapat dibaca. Coba lagi.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved: {step}. It is sent to the server with the next sync.</source>
        <translation>Tersimpan: {step}. Langkah ini dikirim ke server pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error. Try again.</source>
        <translation>Belum disimpan karena kesalahan tak terduga. Coba lagi.</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Menyiapkan tanda terima…</translation>
    </message>
    <message>
        <source>Receipt opened for printing. Saved as {path}.</source>
        <translation>Tanda terima dibuka untuk dicetak. Tersimpan di {path}.</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}, but no PDF viewer opened. Open it there.</source>
        <translation>Tanda terima tersimpan di {path}, tetapi penampil PDF tidak terbuka. Buka berkas itu dari sana.</translation>
    </message>
    <message>
        <source>The receipt could not be made. Check the disk space and try again.</source>
        <translation>Tanda terima tidak dapat dibuat. Periksa ruang disk, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailDialog</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Take up and draft the answer</source>
        <translation>Tangani dan susun jawaban</translation>
    </message>
    <message>
        <source>Escalate to the head of unit</source>
        <translation>Eskalasi ke kepala unit</translation>
    </message>
    <message>
        <source>Return to the officer with direction</source>
        <translation>Kembalikan ke petugas dengan arahan</translation>
    </message>
    <message>
        <source>Wait for the participant&apos;s documents (30 days)</source>
        <translation>Tunggu kelengkapan data peserta (30 hari)</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Data pendukung sudah diterima</translation>
    </message>
    <message>
        <source>Close: documents not completed in 30 days</source>
        <translation>Selesaikan: data tidak dilengkapi dalam 30 hari</translation>
    </message>
    <message>
        <source>Answer the participant</source>
        <translation>Sampaikan jawaban kepada peserta</translation>
    </message>
    <message>
        <source>Record the participant&apos;s satisfaction</source>
        <translation>Catat kepuasan peserta</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Close (reported to SIPP / SP4N-LAPOR!)</source>
        <translation>Tutup (sudah dilaporkan ke SIPP / SP4N-LAPOR!)</translation>
    </message>
    <message>
        <source>Withdraw (withdrawn or a duplicate)</source>
        <translation>Batalkan (dicabut peserta atau ganda)</translation>
    </message>
    <message>
        <source>Reason and related work unit</source>
        <translation>Alasan dan unit kerja terkait</translation>
    </message>
    <message>
        <source>Direction or the unit&apos;s solution</source>
        <translation>Arahan atau solusi unit kerja</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Data yang harus dilengkapi</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Jawaban yang diberikan</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Alasan dibuka kembali</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (boleh kosong)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>head of unit</source>
        <translation>kepala unit</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat penanganan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Apply (Ctrl+Enter)</source>
        <translation>Simpan langkah (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>Satisfied with the answer</source>
        <translation>Puas dengan jawaban</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Tidak puas</translation>
    </message>
    <message>
        <source>Complaint {ref}</source>
        <translation>Pengaduan {ref}</translation>
    </message>
    <message>
        <source>(provisional number until sent to the server)</source>
        <translation>(nomor sementara sampai terkirim ke server)</translation>
    </message>
    <message>
        <source>Actions open to you as {role}.</source>
        <translation>Aksi yang dapat Anda lakukan sebagai {role}.</translation>
    </message>
    <message>
        <source>No action is open to you as {role} now.</source>
        <translation>Saat ini tidak ada aksi yang dapat Anda lakukan sebagai {role}.</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>NIK or card no.</source>
        <translation>NIK atau no. kartu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Permasalahan</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinasi</translation>
    </message>
    <message>
        <source>Needs input from other work units</source>
        <translation>Perlu masukan unit kerja lain</translation>
    </message>
    <message>
        <source>Waiting for the participant&apos;s documents: they may bring them until {date}. After that the head of unit may close the complaint as finished.</source>
        <translation>Menunggu kelengkapan data peserta: data dapat dibawa paling lambat {date}. Setelah itu kepala unit dapat menyatakan pengaduan selesai.</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>di server</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Puas</translation>
    </message>
</context>
<context>
    <name>ComplaintsController</name>
    <message>
        <source>Folder for the SIPP / SP4N-LAPOR! export</source>
        <translation>Folder untuk ekspor SIPP / SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Choose the channel to see when the answer is due.</source>
        <translation>Pilih kanal untuk melihat batas waktu jawaban.</translation>
    </message>
    <message>
        <source>Answer due: {date} ({n} working day(s); weekends, holidays and collective leave do not count)</source>
        <translation>Batas waktu jawaban: {date} ({n} hari kerja; Sabtu, Minggu, hari libur, dan cuti bersama tidak dihitung)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Complaint saved. The answer is due {date}.</source>
        <translation>Pengaduan tersimpan. Batas waktu jawaban {date}.</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error. The form is kept: try again.</source>
        <translation>Belum tersimpan karena kesalahan tak terduga. Isian formulir tetap ada: coba lagi.</translation>
    </message>
    <message>
        <source>{n} complaint(s) exported: {csv} and {json}</source>
        <translation>{n} pengaduan diekspor: {csv} dan {json}</translation>
    </message>
    <message>
        <source>Not exported: the folder cannot be written. Choose another folder.</source>
        <translation>Belum diekspor: folder tidak dapat ditulisi. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Not exported because of an unexpected error. Try again.</source>
        <translation>Belum diekspor karena kesalahan tak terduga. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>{n} complaints shown</source>
        <translation>{n} pengaduan ditampilkan</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Phone, hotline, 165</source>
        <translation>Telepon, hotline, 165</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Anjungan</translation>
    </message>
    <message>
        <source>Other official</source>
        <translation>Kanal resmi lain</translation>
    </message>
    <message>
        <source>Overdue {n} working day(s)</source>
        <translation>Terlambat {n} hari kerja</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>{n} working day(s) left</source>
        <translation>Sisa {n} hari kerja</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>Diterima bulan ini</translation>
    </message>
    <message>
        <source>Received last month</source>
        <translation>Diterima bulan lalu</translation>
    </message>
    <message>
        <source>All complaints on this computer</source>
        <translation>Semua pengaduan di komputer ini</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>NIK or card no.</source>
        <translation>NIK atau no. kartu</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telepon (opsional)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Permasalahan</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinasi</translation>
    </message>
    <message>
        <source>16-digit NIK or 13-digit card number</source>
        <translation>NIK 16 digit atau nomor kartu 13 digit</translation>
    </message>
    <message>
        <source>Needs input from other work units</source>
        <translation>Perlu masukan unit kerja lain</translation>
    </message>
    <message>
        <source>Save complaint (Ctrl+S)</source>
        <translation>Simpan pengaduan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Complaint list</source>
        <translation>Daftar pengaduan</translation>
    </message>
    <message>
        <source>Search name, NIK, card, problem (Ctrl+F)</source>
        <translation>Cari nama, NIK, kartu, permasalahan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Enter or double click opens the complaint</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka pengaduan</translation>
    </message>
    <message>
        <source>Export for SIPP / SP4N-LAPOR!…</source>
        <translation>Ekspor untuk SIPP / SP4N-LAPOR!…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
</context>
<context>
    <name>CounterQueueView</name>
    <message>
        <source>{n} min</source>
        <translation>{n} mnt</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Diperbarui {time}</translation>
    </message>
    <message>
        <source>No ticket at this counter. Press F5 to call.</source>
        <translation>Belum ada nomor di loket ini. Tekan F5 untuk memanggil.</translation>
    </message>
    <message>
        <source>Called ({n} recalls)</source>
        <translation>Dipanggil ({n} kali panggil ulang)</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Transferred; comes back here afterwards</source>
        <translation>Dialihkan; kembali ke loket ini sesudahnya</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Queue - counter {n}</source>
        <translation>Antrean - loket {n}</translation>
    </message>
    <message>
        <source>Server unreachable. The queue cannot be called now; registrations, complaints and information still work offline.</source>
        <translation>Server tidak terjangkau. Antrean belum dapat dipanggil; pendaftaran, pengaduan dan informasi tetap berjalan secara luring.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Panggil berikutnya</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Mulai layanan</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <source>Ticket at this counter</source>
        <translation>Nomor di loket ini</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tuntas</translation>
    </message>
    <message>
        <source>Requirements incomplete</source>
        <translation>Persyaratan belum lengkap</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Dirujuk ke tempat lain</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Alihkan ke</translation>
    </message>
    <message>
        <source>Comes back to this counter afterwards</source>
        <translation>Kembali ke loket ini sesudahnya</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <source>Open this counter</source>
        <translation>Buka loket ini</translation>
    </message>
    <message>
        <source>Close this counter</source>
        <translation>Tutup loket ini</translation>
    </message>
    <message>
        <source>Waiting (double-click or Enter to call)</source>
        <translation>Menunggu (klik dua kali atau Enter untuk memanggil)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>officer</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>offline login</source>
        <translation>login luring</translation>
    </message>
    <message>
        <source>Offline login: the server cannot be reached, your password was checked on this computer. Work is saved here and sent when the server is back.</source>
        <translation>Login luring: server tidak terjangkau, kata sandi Anda diperiksa di komputer ini. Pekerjaan disimpan di sini dan dikirim saat server kembali.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Data changes</source>
        <translation>Perubahan data</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation>(belum tersedia)</translation>
    </message>
    <message>
        <source>Anjungan counter - {office}</source>
        <translation>Loket Anjungan - {office}</translation>
    </message>
    <message>
        <source>MPP counter</source>
        <translation>Loket MPP</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Device {device}. Work is saved on this computer first, even offline.</source>
        <translation>Perangkat {device}. Pekerjaan disimpan dahulu di komputer ini, juga saat luring.</translation>
    </message>
</context>
<context>
    <name>DataChangesController</name>
    <message>
        <source>What the change does shows here once the form is complete.</source>
        <translation>Akibat perubahan tampil di sini setelah formulir lengkap.</translation>
    </message>
    <message>
        <source>Ready to save: {change}.</source>
        <translation>Siap disimpan: {change}.</translation>
    </message>
    <message>
        <source>To pay now: &lt;b&gt;{amount}&lt;/b&gt; ({months} month(s) of arrears counted, plus the current month). Cover is active again once it is paid.</source>
        <translation>Dibayar sekarang: &lt;b&gt;{amount}&lt;/b&gt; ({months} bulan tunggakan dihitung, ditambah bulan berjalan). Kepesertaan aktif kembali setelah dibayar.</translation>
    </message>
    <message>
        <source>Service penalty if admitted as an inpatient within {days} days: {amount}.</source>
        <translation>Denda pelayanan bila menjalani rawat inap dalam {days} hari: {amount}.</translation>
    </message>
    <message>
        <source>The family pays {amount} a month.</source>
        <translation>Iuran yang dibayar keluarga {amount} per bulan.</translation>
    </message>
    <message>
        <source>Class {klass}. Iuran {total} a month: employer {employer}, worker {worker}.</source>
        <translation>Kelas {klass}. Iuran {total} per bulan: pemberi kerja {employer}, pekerja {worker}.</translation>
    </message>
    <message>
        <source>Pay the iuran by {date}; cover resumes once it is paid.</source>
        <translation>Bayar iuran paling lambat {date}; kepesertaan aktif kembali setelah dibayar.</translation>
    </message>
    <message>
        <source>Registered more than {days} days after birth: the iuran is owed from the month of birth.</source>
        <translation>Didaftarkan lebih dari {days} hari setelah lahir: iuran terutang sejak bulan kelahiran.</translation>
    </message>
    <message>
        <source>Takes effect on {date}.</source>
        <translation>Berlaku mulai {date}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Saved: {change}. Reference {reference}.</source>
        <translation>Tersimpan: {change}. Referensi {reference}.</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error. The form is kept: try again.</source>
        <translation>Belum disimpan karena kesalahan tak terduga. Isian formulir tetap ada: coba lagi.</translation>
    </message>
</context>
<context>
    <name>DataChangesView</name>
    <message>
        <source>Data changes</source>
        <translation>Perubahan data</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>JKN card no.</source>
        <translation>No. kartu JKN</translation>
    </message>
    <message>
        <source>Participant&apos;s NIK</source>
        <translation>NIK peserta</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 digit</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 digit, sesuai KTP</translation>
    </message>
    <message>
        <source>Documents checked (Space ticks)</source>
        <translation>Dokumen yang diperiksa (Spasi untuk mencentang)</translation>
    </message>
    <message>
        <source>Save change (Ctrl+S)</source>
        <translation>Simpan perubahan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enter: next field, on the last one saves  ·  Ctrl+T: change type</source>
        <translation>Enter: isian berikutnya, pada isian terakhir menyimpan  ·  Ctrl+T: jenis perubahan</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Date complete. Press OK.</source>
        <translation>Tanggal lengkap. Tekan OK.</translation>
    </message>
    <message>
        <source>This is not a valid date of birth. Check it and type it again.</source>
        <translation>Tanggal lahir ini tidak sah. Periksa dan ketik ulang.</translation>
    </message>
    <message>
        <source>Type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Ketik tanggal (2 angka), bulan (2 angka) dan tahun (4 angka).</translation>
    </message>
    <message>
        <source>Date of birth (day / month / year)</source>
        <translation>Tanggal lahir (tanggal / bulan / tahun)</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>5. Documents checked</source>
        <translation>5. Dokumen yang diperiksa</translation>
    </message>
    <message>
        <source>Tick each original document you have seen. Space ticks.</source>
        <translation>Centang setiap dokumen asli yang sudah dilihat. Tombol spasi untuk mencentang.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>2. Family, as on the family card (KK)</source>
        <translation>2. Keluarga, sesuai Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Members on the KK</source>
        <translation>Jumlah anggota di KK</translation>
    </message>
    <message>
        <source>Type each NIK: birth date, sex and region fill in by themselves. Enter moves on; after the last member it goes to the next page.</source>
        <translation>Ketik NIK setiap anggota: tanggal lahir, jenis kelamin, dan wilayah terisi sendiri. Enter pindah ke kolom berikutnya; setelah anggota terakhir pindah ke halaman berikutnya.</translation>
    </message>
    <message>
        <source>Add member (Ctrl+M)</source>
        <translation>Tambah anggota (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>FamilyTable</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Born (from NIK)</source>
        <translation>Lahir (dari NIK)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>Wilayah terbit</translation>
    </message>
</context>
<context>
    <name>FaskesController</name>
    <message>
        <source>The list of facilities is not on this kiosk yet.</source>
        <translation>Daftar faskes belum tersedia di anjungan ini.</translation>
    </message>
    <message>
        <source>Places found: %1. Touch one to see its details.</source>
        <translation>Ditemukan: %1 tempat. Sentuh salah satu untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters or another kind.</source>
        <translation>Tidak ditemukan. Coba dengan huruf lebih sedikit atau jenis lain.</translation>
    </message>
</context>
<context>
    <name>FaskesView</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Distance from here</source>
        <translation>Jarak dari sini</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Kode faskes</translation>
    </message>
    <message>
        <source>Find a facility or office</source>
        <translation>Cari faskes atau kantor</translation>
    </message>
    <message>
        <source>Type a name, e.g. PUSKESMAS</source>
        <translation>Ketik nama, misalnya PUSKESMAS</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Doctor, dentist</source>
        <translation>Dokter, dokter gigi</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Pharmacy, optic</source>
        <translation>Apotek, optik</translation>
    </message>
    <message>
        <source>BPJS office</source>
        <translation>Kantor BPJS</translation>
    </message>
    <message>
        <source>Nearest to this kiosk first</source>
        <translation>Terdekat dari anjungan ini</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Kembali ke daftar</translation>
    </message>
</context>
<context>
    <name>FixPanel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Tanggal lahir (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>Sex (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan keluarga</translation>
    </message>
    <message>
        <source>FKTP code</source>
        <translation>Kode FKTP</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>Telepon pelapor</translation>
    </message>
    <message>
        <source>JKN card number</source>
        <translation>Nomor kartu JKN</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Member {n}: {field}</source>
        <translation>Anggota {n}: {field}</translation>
    </message>
    <message>
        <source>Fix and send again</source>
        <translation>Perbaiki dan kirim ulang</translation>
    </message>
    <message>
        <source>Send again (Ctrl+S)</source>
        <translation>Kirim ulang (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to fix. When the server refuses a record, it appears here with the server&apos;s reasons, to be corrected and sent again.</source>
        <translation>Tidak ada yang perlu diperbaiki. Data yang ditolak server akan muncul di sini beserta alasannya, untuk diperbaiki lalu dikirim ulang.</translation>
    </message>
    <message>
        <source>Server: {reason}</source>
        <translation>Server: {reason}</translation>
    </message>
    <message>
        <source>Correct the fields above from the participant&apos;s documents, then send again. The record goes to the server as a new item with the next sync.</source>
        <translation>Perbaiki isian di atas sesuai dokumen peserta, lalu kirim ulang. Data dikirim ke server sebagai kiriman baru pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The server named nothing that can be typed here. Resolve the reason above (for example with a supervisor), then send the record again unchanged.</source>
        <translation>Server tidak menyebut isian yang dapat diketik di sini. Selesaikan penyebab di atas (misalnya bersama supervisor), lalu kirim ulang data ini tanpa perubahan.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Membership status</source>
        <translation>Status kepesertaan</translation>
    </message>
    <message>
        <source>Is my JKN card active?</source>
        <translation>Apakah kartu JKN saya aktif?</translation>
    </message>
    <message>
        <source>Contribution bill</source>
        <translation>Tagihan iuran</translation>
    </message>
    <message>
        <source>Monthly iuran and arrears</source>
        <translation>Iuran bulanan dan tunggakan</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>How and where to pay</source>
        <translation>Cara dan tempat membayar</translation>
    </message>
    <message>
        <source>Find a facility</source>
        <translation>Cari faskes</translation>
    </message>
    <message>
        <source>Clinics, hospitals, offices</source>
        <translation>Klinik, rumah sakit, kantor</translation>
    </message>
    <message>
        <source>Info JKN</source>
        <translation>Info JKN</translation>
    </message>
    <message>
        <source>Rights, benefits, rules</source>
        <translation>Hak, manfaat, ketentuan</translation>
    </message>
    <message>
        <source>Change FKTP or class</source>
        <translation>Ubah FKTP atau kelas</translation>
    </message>
    <message>
        <source>Request a change</source>
        <translation>Ajukan perubahan</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Take a number for the counter</source>
        <translation>Ambil nomor untuk loket</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Nilai layanan kami</translation>
    </message>
    <message>
        <source>Tell us how we did</source>
        <translation>Sampaikan pendapat Anda</translation>
    </message>
    <message>
        <source>Welcome to AMAN JKN</source>
        <translation>Selamat datang di AMAN JKN</translation>
    </message>
    <message>
        <source>Touch a service to begin. Your data is cleared when you finish.</source>
        <translation>Sentuh salah satu layanan untuk mulai. Data Anda dihapus setelah selesai.</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Your number is used only for this check and is cleared when you finish. Nothing is stored on this kiosk.</source>
        <translation>Nomor Anda hanya dipakai untuk pengecekan ini dan dihapus setelah selesai. Tidak ada yang disimpan di anjungan ini.</translation>
    </message>
</context>
<context>
    <name>InfoRequestsController</name>
    <message>
        <source>Press a topic to log a question answered.</source>
        <translation>Tekan topik untuk mencatat pertanyaan yang sudah dijawab.</translation>
    </message>
    <message>
        <source>Logged at {time}: {topic} ({channel}).</source>
        <translation>Tercatat pukul {time}: {topic} ({channel}).</translation>
    </message>
    <message>
        <source>Not logged because of an unexpected error. Press the topic again.</source>
        <translation>Belum tercatat karena kesalahan tak terduga. Tekan topiknya lagi.</translation>
    </message>
</context>
<context>
    <name>InfoRequestsView</name>
    <message>
        <source>Today: {n} information requests</source>
        <translation>Hari ini: {n} permintaan informasi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <source>Information requests</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
</context>
<context>
    <name>InfoView</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Info JKN</source>
        <translation>Info JKN</translation>
    </message>
    <message>
        <source>Touch a topic to read about it.</source>
        <translation>Sentuh satu topik untuk membacanya.</translation>
    </message>
    <message>
        <source>Back to the topics</source>
        <translation>Kembali ke daftar topik</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>JKN card number complete. Press OK, or keep typing if this is a family card number.</source>
        <translation>Nomor kartu JKN lengkap. Tekan OK, atau lanjutkan mengetik bila ini nomor KK.</translation>
    </message>
    <message>
        <source>JKN card number complete. Press OK, or keep typing if this is a NIK.</source>
        <translation>Nomor kartu JKN lengkap. Tekan OK, atau lanjutkan mengetik bila ini NIK.</translation>
    </message>
    <message>
        <source>NIK complete. Check it against your KTP, then press OK.</source>
        <translation>NIK lengkap. Cocokkan dengan KTP Anda, lalu tekan OK.</translation>
    </message>
    <message>
        <source>Family card number complete. Check it, then press OK.</source>
        <translation>Nomor KK lengkap. Periksa kembali, lalu tekan OK.</translation>
    </message>
    <message>
        <source>Type the 16-digit family card (KK) number or the 13-digit number on your JKN card.</source>
        <translation>Ketik nomor KK (16 angka) atau nomor kartu JKN (13 angka).</translation>
    </message>
    <message>
        <source>Type the 16-digit NIK on your KTP or the 13-digit number on your JKN card.</source>
        <translation>Ketik NIK pada KTP (16 angka) atau nomor kartu JKN (13 angka).</translation>
    </message>
    <message>
        <source>Digits typed: %1. A JKN card number has 13 digits, a family card 16.</source>
        <translation>Sudah %1 angka. Nomor kartu JKN 13 angka, nomor KK 16 angka.</translation>
    </message>
    <message>
        <source>Digits typed: %1. A JKN card number has 13 digits, a NIK 16.</source>
        <translation>Sudah %1 angka. Nomor kartu JKN 13 angka, NIK 16 angka.</translation>
    </message>
    <message>
        <source>A family card number has 16 digits: %1 more to go.</source>
        <translation>Nomor KK harus 16 angka — kurang %1 angka.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits: %1 more to go.</source>
        <translation>NIK harus 16 angka — kurang %1 angka.</translation>
    </message>
    <message>
        <source>Family card (KK) or JKN card number</source>
        <translation>Nomor KK atau nomor kartu JKN</translation>
    </message>
    <message>
        <source>NIK or JKN card number</source>
        <translation>NIK atau nomor kartu JKN</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Hapus semua angka</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Hapus angka terakhir</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>AMAN JKN kiosk</source>
        <translation>Anjungan AMAN JKN</translation>
    </message>
    <message>
        <source>AMAN JKN</source>
        <translation>AMAN JKN</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Huruf besar</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Officer login</source>
        <translation>Login petugas</translation>
    </message>
    <message>
        <source>Log in with your officer account. Without the server, an officer who logged in here before can still log in offline.</source>
        <translation>Masuk dengan akun petugas Anda. Tanpa server, petugas yang pernah masuk di loket ini tetap dapat masuk secara luring.</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Masuk (Enter)</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>The counter was locked. {name}, enter your password to go on where you left off.</source>
        <translation>Loket dikunci. {name}, masukkan kata sandi Anda untuk melanjutkan pekerjaan yang tadi.</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>Buka kunci (Enter)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Memeriksa...</translation>
    </message>
    <message>
        <source>Wrong password. Check it and try again.</source>
        <translation>Kata sandi salah. Periksa lalu coba lagi.</translation>
    </message>
    <message>
        <source>The login could not be checked. Try again; call support if it repeats.</source>
        <translation>Login tidak dapat diperiksa. Coba lagi; hubungi dukungan teknis bila terulang.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>{date} ({age} y)</source>
        <translation>{date} ({age} th)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>As on the KK</source>
        <translation>Sesuai KK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Child still in formal education (covered until 25)</source>
        <translation>Anak masih sekolah/kuliah (ditanggung sampai 25 tahun)</translation>
    </message>
    <message>
        <source>Remove this member (Ctrl+Delete)</source>
        <translation>Hapus anggota ini (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Call Care Center 165 or come to the counter.</source>
        <translation>Hubungi Care Center 165 atau datang ke loket.</translation>
    </message>
    <message>
        <source>Please take a queue number for the counter.</source>
        <translation>Silakan ambil nomor antrean untuk loket.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Silakan coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Check the number and type it again.</source>
        <translation>Periksa nomornya dan ketik ulang.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>NotYetView</name>
    <message>
        <source>Queue: not available yet</source>
        <translation>Antrean: belum tersedia</translation>
    </message>
    <message>
        <source>Calling queue numbers needs the connection to the office server, which this version does not have yet. Call participants as usual; registrations, complaints and information requests work here already.</source>
        <translation>Pemanggilan nomor antrean memerlukan sambungan ke server kantor, yang belum ada di versi ini. Panggil peserta seperti biasa; pendaftaran, pengaduan, dan permintaan informasi sudah bisa dilayani di sini.</translation>
    </message>
    <message>
        <source>Sync: not available yet</source>
        <translation>Sinkronisasi: belum tersedia</translation>
    </message>
    <message>
        <source>Everything saved at this counter is kept on this computer with a numbered outbox entry. Sending it to the server comes in a later version; nothing saved here is lost meanwhile.</source>
        <translation>Semua yang disimpan di loket ini tersimpan di komputer ini dengan nomor antrean kirim (outbox). Pengiriman ke server hadir di versi berikutnya; sementara itu tidak ada data yang hilang.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline — no saved data on this kiosk yet.</source>
        <translation>Mode luring — belum ada data tersimpan di anjungan ini.</translation>
    </message>
    <message>
        <source>Offline — data last updated %1.</source>
        <translation>Mode luring — data terakhir diperbarui %1.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 menit lalu</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 menit lalu</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 jam lalu</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 jam lalu</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 hari lalu</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>Printing…</source>
        <translation>Sedang mencetak…</translation>
    </message>
    <message>
        <source>Printed. Please take your slip from the printer.</source>
        <translation>Sudah dicetak. Silakan ambil struk Anda di printer.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN salah. Coba lagi.</translation>
    </message>
    <message>
        <source>Staff only: type the PIN to leave kiosk mode</source>
        <translation>Khusus petugas: ketik PIN untuk keluar dari mode anjungan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <source>Puskesmas (community health centre)</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Primary clinic (Klinik Pratama)</source>
        <translation>Klinik Pratama</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Dokter praktik perorangan</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dokter gigi</translation>
    </message>
    <message>
        <source>TNI/Polri clinic</source>
        <translation>Klinik TNI/Polri</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Main clinic (Klinik Utama)</source>
        <translation>Klinik Utama</translation>
    </message>
    <message>
        <source>Pharmacy (apotek)</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <source>Optician</source>
        <translation>Optik</translation>
    </message>
    <message>
        <source>BPJS Kesehatan branch office</source>
        <translation>Kantor Cabang BPJS Kesehatan</translation>
    </message>
    <message>
        <source>BPJS Kesehatan desk at a public service mall (MPP)</source>
        <translation>Loket BPJS Kesehatan di Mal Pelayanan Publik (MPP)</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Taking your number…</source>
        <translation>Mengambil nomor antrean…</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Mencetak tiket Anda…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Sudah dicetak.</translation>
    </message>
    <message>
        <source>Please show your ticket to an officer when you are called.</source>
        <translation>Tunjukkan tiket Anda kepada petugas saat dipanggil.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Service: %1</source>
        <translation>Layanan: %1</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Diambil pukul</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>Antrean di depan Anda</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Perkiraan waktu tunggu</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>belum tersedia</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translation>Silakan ambil tiket Anda di printer.</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>Nomor antrean Anda</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Which service do you need at the counter?</source>
        <translation>Layanan apa yang Anda perlukan di loket?</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Do you need priority service? Elderly people, people with a disability and pregnant women are called sooner.</source>
        <translation>Apakah Anda memerlukan layanan prioritas? Lansia, penyandang disabilitas dan ibu hamil dipanggil lebih dahulu.</translation>
    </message>
    <message>
        <source>No, regular queue</source>
        <translation>Tidak, antrean umum</translation>
    </message>
    <message>
        <source>Yes: elderly</source>
        <translation>Ya: lanjut usia</translation>
    </message>
    <message>
        <source>60 years or older</source>
        <translation>60 tahun ke atas</translation>
    </message>
    <message>
        <source>Yes: person with a disability</source>
        <translation>Ya: penyandang disabilitas</translation>
    </message>
    <message>
        <source>Yes: pregnant woman</source>
        <translation>Ya: ibu hamil</translation>
    </message>
    <message>
        <source>Choose another service</source>
        <translation>Pilih layanan lain</translation>
    </message>
    <message>
        <source>NOT PRINTED. The printer did not work: this screen is your ticket. Show it at the counter, or take a photo of it.</source>
        <translation>TIDAK TERCETAK. Printer tidak berfungsi: layar ini adalah tiket Anda. Tunjukkan di loket, atau foto layar ini.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>Some fields need fixing: see the messages in red.</source>
        <translation>Beberapa isian perlu diperbaiki: lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Menyiapkan tanda terima…</translation>
    </message>
    <message>
        <source>Receipt opened for printing. Saved as {path}.</source>
        <translation>Tanda terima dibuka untuk dicetak. Tersimpan di {path}.</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}, but no PDF viewer opened. Open it there.</source>
        <translation>Tanda terima tersimpan di {path}, tetapi penampil PDF tidak terbuka. Buka berkas itu dari sana.</translation>
    </message>
    <message>
        <source>The receipt could not be made. Check the disk space and try again.</source>
        <translation>Tanda terima tidak dapat dibuat. Periksa ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The registration could not be saved because of an unexpected error. Nothing was lost from the form: try again, and call support if it repeats.</source>
        <translation>Pendaftaran tidak dapat disimpan karena kesalahan tak terduga. Isian formulir tidak hilang: coba lagi, dan hubungi dukungan teknis bila terulang.</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>New participant registration</source>
        <translation>Pendaftaran peserta baru</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>FKTP and class</source>
        <translation>FKTP dan kelas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Autodebit</source>
        <translation>Autodebet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Enter: next field  ·  Alt+→ next page  ·  Alt+← back  ·  Ctrl+M add member</source>
        <translation>Enter: kolom berikutnya  ·  Alt+→ halaman berikutnya  ·  Alt+← kembali  ·  Ctrl+M tambah anggota</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Registrations by segment</source>
        <translation>Pendaftaran menurut segmen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>People registered: {n}</source>
        <translation>Jumlah jiwa terdaftar: {n}</translation>
    </message>
    <message>
        <source>Data changes by type</source>
        <translation>Perubahan data menurut jenis</translation>
    </message>
    <message>
        <source>Type of change</source>
        <translation>Jenis perubahan</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Information requests by topic</source>
        <translation>Permintaan informasi menurut topik</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Sudah dijawab</translation>
    </message>
    <message>
        <source>Answered on time (SLA)</source>
        <translation>Dijawab tepat waktu (SLA)</translation>
    </message>
    <message>
        <source>SLA compliance (%)</source>
        <translation>Kepatuhan SLA (%)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Average working days to close</source>
        <translation>Rata-rata hari kerja sampai ditutup</translation>
    </message>
    <message>
        <source>Overdue, not yet answered</source>
        <translation>Lewat batas waktu, belum dijawab</translation>
    </message>
    <message>
        <source>Participant satisfied</source>
        <translation>Peserta menyatakan puas</translation>
    </message>
    <message>
        <source>Participant not satisfied</source>
        <translation>Peserta menyatakan tidak puas</translation>
    </message>
    <message>
        <source>On time: first answer no later than the SLA due date in working days (in person and phone 1, written 3; with coordination 3 and 5).</source>
        <translation>Tepat waktu: jawaban pertama paling lambat pada batas SLA dalam hari kerja (langsung dan telepon 1, tertulis 3; dengan koordinasi 3 dan 5).</translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation>Pengaduan menurut kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Pengaduan menurut kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Overdue complaints</source>
        <translation>Pengaduan lewat batas waktu</translation>
    </message>
    <message>
        <source>Complaint reference</source>
        <translation>Nomor pengaduan</translation>
    </message>
    <message>
        <source>LOKAL-...: not yet sent to the server, no ticket number yet.</source>
        <translation>LOKAL-...: belum terkirim ke server, belum ada nomor tiket.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tiket diambil</translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation>Tiket dilayani</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Median waiting time (min)</source>
        <translation>Median waktu tunggu (menit)</translation>
    </message>
    <message>
        <source>P90 waiting time (min)</source>
        <translation>P90 waktu tunggu (menit)</translation>
    </message>
    <message>
        <source>Waited under {n} min (%)</source>
        <translation>Menunggu kurang dari {n} menit (%)</translation>
    </message>
    <message>
        <source>Median service time (min)</source>
        <translation>Median waktu layanan (menit)</translation>
    </message>
    <message>
        <source>P90 service time (min)</source>
        <translation>P90 waktu layanan (menit)</translation>
    </message>
    <message>
        <source>Served within {n} min (%)</source>
        <translation>Dilayani paling lama {n} menit (%)</translation>
    </message>
    <message>
        <source>Standards: waiting under {wait} minutes, service {serve} minutes per file. P90: 90% of tickets took this long or less.</source>
        <translation>Standar: menunggu kurang dari {wait} menit, layanan {serve} menit per berkas. P90: 90% tiket selesai dalam waktu ini atau kurang.</translation>
    </message>
    <message>
        <source>Tickets per hour</source>
        <translation>Tiket per jam</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Median tunggu (menit)</translation>
    </message>
    <message>
        <source>Tickets per service</source>
        <translation>Tiket per layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median tunggu</translation>
    </message>
    <message>
        <source>P90 wait</source>
        <translation>P90 tunggu</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>Median layanan</translation>
    </message>
    <message>
        <source>P90 service</source>
        <translation>P90 layanan</translation>
    </message>
    <message>
        <source>Times in minutes.</source>
        <translation>Waktu dalam menit.</translation>
    </message>
    <message>
        <source>Service per officer</source>
        <translation>Layanan per petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation>Median layanan (menit)</translation>
    </message>
    <message>
        <source>P90 service (min)</source>
        <translation>P90 layanan (menit)</translation>
    </message>
    <message>
        <source>Within {n} min (%)</source>
        <translation>Paling lama {n} menit (%)</translation>
    </message>
    <message>
        <source>A ticket counts for the officer who last called, started or finished it.</source>
        <translation>Tiket dihitung untuk petugas yang terakhir memanggil, memulai, atau menyelesaikannya.</translation>
    </message>
    <message>
        <source>Community Satisfaction Survey (SKM)</source>
        <translation>Survei Kepuasan Masyarakat (SKM)</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Complete respondents (9 elements)</source>
        <translation>Responden lengkap (9 unsur)</translation>
    </message>
    <message>
        <source>SKM index (25-100)</source>
        <translation>Indeks SKM (25-100)</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Mutu pelayanan</translation>
    </message>
    <message>
        <source>SKM per element</source>
        <translation>SKM per unsur</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>NRR (1-4)</source>
        <translation>NRR (1-4)</translation>
    </message>
    <message>
        <source>Index = sum of (NRR x 1/9) x 25 (PermenPANRB 14/2017).</source>
        <translation>Indeks = jumlah (NRR x 1/9) x 25 (PermenPANRB 14/2017).</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>The figures of this computer could not be read: {reason}</source>
        <translation>Angka dari komputer ini tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>Queue and satisfaction figures are unavailable offline: they come from the office server, which cannot be reached now. The figures below are from this computer.</source>
        <translation>Angka antrean dan kepuasan tidak tersedia saat offline: angka ini berasal dari server kantor, yang saat ini tidak dapat dihubungi. Angka di bawah berasal dari komputer ini.</translation>
    </message>
    <message>
        <source>an unexpected error; try again.</source>
        <translation>terjadi kesalahan tak terduga; coba lagi.</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Tersimpan: {file}</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>Berkas CSV tidak tersimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Period: {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Simpan tabel sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Pilih tanggal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>Queue and satisfaction survey (office server)</source>
        <translation>Antrean dan survei kepuasan (server kantor)</translation>
    </message>
    <message>
        <source>Services and complaints (this computer)</source>
        <translation>Layanan dan pengaduan (komputer ini)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Class {n}</source>
        <translation>Kelas {n}</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>FKTP</source>
        <translation>FKTP</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Autodebit</source>
        <translation>Autodebet</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>Pembayaran pertama</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} sampai {last}</translation>
    </message>
    <message>
        <source>7. Check with the participant, then save</source>
        <translation>7. Periksa bersama peserta, lalu simpan</translation>
    </message>
    <message>
        <source>Saving keeps the registration on this computer at once, even without a network; it is sent to the server when the connection is back.</source>
        <translation>Saat disimpan, pendaftaran langsung tersimpan di komputer ini, juga tanpa jaringan; data dikirim ke server saat sambungan tersedia lagi.</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <source>{n} members, {segment}, registered {day}.</source>
        <translation>{n} anggota, {segment}, didaftarkan {day}.</translation>
    </message>
    <message>
        <source>First contribution payment: from {first} to {last}.</source>
        <translation>Pembayaran iuran pertama: mulai {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Give the participant this provisional reference. Card numbers and the virtual account follow when the server has received the registration.</source>
        <translation>Berikan nomor referensi sementara ini kepada peserta. Nomor kartu dan virtual account menyusul setelah server menerima pendaftaran.</translation>
    </message>
    <message>
        <source>Registration saved</source>
        <translation>Pendaftaran tersimpan</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <source>New registration (Ctrl+N)</source>
        <translation>Pendaftaran baru (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <source>Home</source>
        <translation>Menu utama</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Kembali ke layar utama</translation>
    </message>
</context>
<context>
    <name>SegmentPage</name>
    <message>
        <source>Choose the segment to see what to bring.</source>
        <translation>Pilih segmen untuk melihat persyaratannya.</translation>
    </message>
    <message>
        <source>Documents: {docs}</source>
        <translation>Dokumen: {docs}</translation>
    </message>
    <message>
        <source>Every member on the family card (KK) registers together.</source>
        <translation>Seluruh anggota keluarga dalam Kartu Keluarga (KK) didaftarkan bersama.</translation>
    </message>
    <message>
        <source>Autodebit savings account at {banks}.</source>
        <translation>Rekening tabungan autodebet di {banks}.</translation>
    </message>
    <message>
        <source>Stamp duty {amount}.</source>
        <translation>Meterai {amount}.</translation>
    </message>
    <message>
        <source>What the participant brings</source>
        <translation>Yang dibawa peserta</translation>
    </message>
    <message>
        <source>1. Participant segment</source>
        <translation>1. Segmen kepesertaan</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIF</translation>
    </message>
    <message>
        <source>NOT ACTIVE</source>
        <translation>TIDAK AKTIF</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Jenis kepesertaan</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
    <message>
        <source>FKTP (your clinic)</source>
        <translation>FKTP (faskes tingkat pertama Anda)</translation>
    </message>
    <message>
        <source>%1 to %2 from %3</source>
        <translation>%1 menjadi %2 mulai %3</translation>
    </message>
    <message>
        <source>FKTP change</source>
        <translation>Ganti FKTP</translation>
    </message>
    <message>
        <source>Class change</source>
        <translation>Ganti kelas</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>Perubahan yang diajukan</translation>
    </message>
    <message>
        <source>Family members: %1</source>
        <translation>Anggota keluarga: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>Pay the bill to reactivate your cover: by virtual account (VA) at a bank, ATM, post office or minimarket, or at the counter. Cover returns once the payment is received. Questions: Care Center 165.</source>
        <translation>Bayar tagihan untuk mengaktifkan kembali kepesertaan: lewat virtual account (VA) di bank, ATM, kantor pos atau minimarket, atau di loket. Kepesertaan aktif kembali setelah pembayaran diterima. Pertanyaan: Care Center 165.</translation>
    </message>
    <message>
        <source>Your employer pays this contribution. Ask your employer&apos;s HR department to pay the arrears. For help, come to the counter or call Care Center 165.</source>
        <translation>Iuran ini dibayar oleh pemberi kerja Anda. Minta bagian personalia pemberi kerja melunasi tunggakan. Untuk bantuan, datang ke loket atau hubungi Care Center 165.</translation>
    </message>
    <message>
        <source>For help, come to the counter or call Care Center 165.</source>
        <translation>Untuk bantuan, datang ke loket atau hubungi Care Center 165.</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>Status kepesertaan</translation>
    </message>
    <message>
        <source>See the bill</source>
        <translation>Lihat tagihan</translation>
    </message>
    <message>
        <source>How to pay (VA)</source>
        <translation>Cara membayar (VA)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Check another number</source>
        <translation>Cek nomor lain</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Still there?</source>
        <translation>Masih di sana?</translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation>Sisa %1 detik</translation>
    </message>
    <message>
        <source>For your privacy, this screen closes and your data is cleared when the count reaches zero. Touch the screen to continue.</source>
        <translation>Demi keamanan data Anda, layar ini ditutup dan data Anda dihapus saat hitungan mencapai nol. Sentuh layar untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ya, lanjutkan</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Pertanyaan %1 dari %2: %3</translation>
    </message>
    <message>
        <source>Were the requirements (documents) right for the service you needed?</source>
        <translation>Apakah persyaratan (dokumen) sesuai dengan layanan yang Anda perlukan?</translation>
    </message>
    <message>
        <source>Was the procedure easy to follow?</source>
        <translation>Apakah prosedur layanan mudah diikuti?</translation>
    </message>
    <message>
        <source>Was the service fast enough?</source>
        <translation>Apakah layanan cukup cepat?</translation>
    </message>
    <message>
        <source>Was the cost fair? BPJS Kesehatan services are free of charge.</source>
        <translation>Apakah biayanya wajar? Layanan BPJS Kesehatan tidak dipungut biaya.</translation>
    </message>
    <message>
        <source>Did you get what the service promises?</source>
        <translation>Apakah hasil layanan sesuai dengan yang dijanjikan?</translation>
    </message>
    <message>
        <source>Did the officers know their work?</source>
        <translation>Apakah petugas menguasai pekerjaannya?</translation>
    </message>
    <message>
        <source>Were the officers polite and friendly?</source>
        <translation>Apakah petugas sopan dan ramah?</translation>
    </message>
    <message>
        <source>Are complaints, suggestions and feedback handled well here?</source>
        <translation>Apakah pengaduan, saran dan masukan ditangani dengan baik di sini?</translation>
    </message>
    <message>
        <source>Are the facilities good (waiting room, seats, toilets, this kiosk)?</source>
        <translation>Apakah sarana dan prasarana baik (ruang tunggu, kursi, toilet, anjungan ini)?</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Nilai layanan kami</translation>
    </message>
    <message>
        <source>How satisfied are you with our service today?</source>
        <translation>Seberapa puas Anda dengan layanan kami hari ini?</translation>
    </message>
    <message>
        <source>Thank you! Would you answer nine short questions about our service? It takes about a minute. You may skip any question.</source>
        <translation>Terima kasih! Maukah Anda menjawab sembilan pertanyaan singkat tentang layanan kami? Hanya sekitar satu menit. Setiap pertanyaan boleh dilewati.</translation>
    </message>
    <message>
        <source>Yes, answer</source>
        <translation>Ya, jawab</translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>Tidak, selesai</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Lewati pertanyaan ini</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Selesai sekarang</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <source>Your answer helps us serve you better. It is anonymous: no name, no NIK.</source>
        <translation>Jawaban Anda membantu kami melayani lebih baik. Jawaban tanpa nama dan tanpa NIK.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Kembali ke menu utama</translation>
    </message>
</context>
<context>
    <name>SyncPanelController</name>
    <message>
        <source>Syncing with the server…</source>
        <translation>Sedang sinkronisasi dengan server…</translation>
    </message>
    <message>
        <source>Sync finished at {time}: {sent} sent, {rejected} refused, {pulled} update(s) received.</source>
        <translation>Sinkronisasi selesai pukul {time}: {sent} terkirim, {rejected} ditolak, {pulled} pembaruan diterima.</translation>
    </message>
    <message>
        <source>Sync stopped at {time}. What happened: see Last error.</source>
        <translation>Sinkronisasi terhenti pukul {time}. Penyebabnya: lihat Kesalahan terakhir.</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Mengirim ulang…</translation>
    </message>
    <message>
        <source>Not sent: fix the fields marked in red.</source>
        <translation>Belum dikirim: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Sent again as a new item. It goes to the server with the next sync; its answer shows here.</source>
        <translation>Dikirim ulang sebagai kiriman baru. Data berangkat ke server pada sinkronisasi berikutnya; jawabannya tampil di sini.</translation>
    </message>
    <message>
        <source>Something went wrong on this computer. Try again; call support if it repeats.</source>
        <translation>Terjadi kesalahan di komputer ini. Coba lagi; hubungi dukungan teknis bila terulang.</translation>
    </message>
</context>
<context>
    <name>SyncPanelView</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>{message} ({time})</source>
        <translation>{message} ({time})</translation>
    </message>
    <message>
        <source>This counter was revoked by the central server: nothing is sent until an admin enrols it again and its new token is in the configuration. Work saved here stays safe.</source>
        <translation>Loket ini dicabut oleh server pusat: tidak ada data yang dikirim sampai admin mendaftarkannya ulang dan token barunya dipasang di konfigurasi. Data yang tersimpan di loket ini tetap aman.</translation>
    </message>
    <message>
        <source>This counter has no device token yet, so nothing is sent to the server. Work saved here stays safe. Ask an admin to enrol the counter and put its token in the configuration.</source>
        <translation>Loket ini belum memiliki token perangkat, jadi belum ada data yang dikirim ke server. Data yang tersimpan di loket ini tetap aman. Minta admin mendaftarkan loket ini lalu pasang tokennya di konfigurasi.</translation>
    </message>
    <message>
        <source>Rejected ({n})</source>
        <translation>Ditolak ({n})</translation>
    </message>
    <message>
        <source>{n} record(s) were refused by the server. Fix them on the Rejected tab and send them again.</source>
        <translation>{n} data ditolak server. Perbaiki di tab Ditolak, lalu kirim ulang.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>Langkah pengaduan</translation>
    </message>
    <message>
        <source>Data change</source>
        <translation>Perubahan data</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Rejected: fix it on the Rejected tab</source>
        <translation>Ditolak: perbaiki di tab Ditolak</translation>
    </message>
    <message>
        <source>Received by the server</source>
        <translation>Diterima server</translation>
    </message>
    <message>
        <source>(no card yet)</source>
        <translation>(kartu belum terbit)</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Sinkronisasi dengan server</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Sinkronisasi terakhir berhasil</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Kesalahan terakhir</translation>
    </message>
    <message>
        <source>Sync now ({key})</source>
        <translation>Sinkronkan sekarang ({key})</translation>
    </message>
    <message>
        <source>Recent registrations</source>
        <translation>Pendaftaran terbaru</translation>
    </message>
    <message>
        <source>Recent complaints</source>
        <translation>Pengaduan terbaru</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Provisional ref.</source>
        <translation>No. sementara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>No. pendaftaran</translation>
    </message>
    <message>
        <source>Members and card numbers</source>
        <translation>Anggota dan nomor kartu</translation>
    </message>
    <message>
        <source>Virtual accounts</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Batas jawaban</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>Save as CSV</source>
        <translation>Simpan sebagai CSV</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Tidak ada data pada periode ini.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <source>Clear all text</source>
        <translation>Hapus semua teks</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Hapus huruf terakhir</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>en</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>VaView</name>
    <message>
        <source>Family of %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>Your family&apos;s contribution is paid by: %1. There is no virtual account for you to pay.</source>
        <translation>Iuran keluarga Anda dibayar oleh: %1. Tidak ada virtual account yang perlu Anda bayar.</translation>
    </message>
    <message>
        <source>Pay this amount to reactivate your cover</source>
        <translation>Bayar jumlah ini untuk mengaktifkan kembali kepesertaan</translation>
    </message>
    <message>
        <source>Amount to pay now</source>
        <translation>Jumlah yang harus dibayar sekarang</translation>
    </message>
    <message>
        <source>Monthly contribution, due by the 10th</source>
        <translation>Iuran bulanan, paling lambat tanggal 10</translation>
    </message>
    <message>
        <source>Virtual account numbers: one for the whole family</source>
        <translation>Nomor virtual account: satu untuk seluruh keluarga</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>Type the NIK of any family member, or the number on a JKN card of the family, then press OK.</source>
        <translation>Ketik NIK salah satu anggota keluarga, atau nomor kartu JKN keluarga, lalu tekan OK.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cara membayar</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>Choose Pay, then BPJS Kesehatan, and type the VA number.</source>
        <translation>Pilih Bayar, lalu BPJS Kesehatan, dan ketik nomor VA.</translation>
    </message>
    <message>
        <source>Mobile or internet banking</source>
        <translation>Mobile atau internet banking</translation>
    </message>
    <message>
        <source>Menu Pay, BPJS Kesehatan, then the VA number of your bank.</source>
        <translation>Menu Bayar, BPJS Kesehatan, lalu nomor VA bank Anda.</translation>
    </message>
    <message>
        <source>Bank teller, post office, minimarket</source>
        <translation>Teller bank, kantor pos, minimarket</translation>
    </message>
    <message>
        <source>Give the VA number and the amount. Keep the receipt.</source>
        <translation>Sebutkan nomor VA dan jumlahnya. Simpan bukti bayar.</translation>
    </message>
    <message>
        <source>Mobile JKN app</source>
        <translation>Aplikasi Mobile JKN</translation>
    </message>
    <message>
        <source>Menu Payment: the app shows your bill and the VA.</source>
        <translation>Menu Pembayaran: aplikasi menampilkan tagihan dan VA Anda.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Check another number</source>
        <translation>Cek nomor lain</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <source>The BPJS Kesehatan server cannot be reached right now, so this service is not available at the moment.</source>
        <translation>Server BPJS Kesehatan tidak dapat dihubungi saat ini, jadi layanan ini belum dapat digunakan.</translation>
    </message>
    <message>
        <source>Something went wrong on this kiosk.</source>
        <translation>Terjadi kesalahan pada anjungan ini.</translation>
    </message>
    <message>
        <source>Please call an officer.</source>
        <translation>Silakan panggil petugas.</translation>
    </message>
</context>
</TS>
